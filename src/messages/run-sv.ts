/**
 * The Swedish texts of the command line around a run: option values, baselines, shards and
 * merges, the configuration file. Spread into `sv.ts`; `run-en.ts` has the same ids.
 */
export const runSv = {
  'cli.wholeNumber': (p: { option: string; got: string }) => `--${p.option} ska vara ett heltal ≥ 0 (fick '${p.got}')`,
  'cli.positiveWhole': (p: { option: string; got: string }) => `--${p.option} ska vara ett positivt heltal (fick '${p.got}')`,
  'cli.shardOption': (p: { got: string }) => `--shard ska vara K/N med 1 ≤ K ≤ N (fick '${p.got}')`,
  'cli.shardOutput': () => '--shard-output kräver --shard K/N',
  'cli.noDocuments': (p: { paths: string }) => `inga dokument hittades i ${p.paths} (tomt, eller allt ignorerat); --no-error-on-unmatched godtar det`,
  'cli.maxWarnings': (p: { warnings: number; max: number }) => `${p.warnings} ${p.warnings === 1 ? 'varning' : 'varningar'}, fler än --max-warnings ${p.max}`,
  'cli.baselinePruned': (p: { removed: number; kept: number }) => `${p.removed} inaktuella ${p.removed === 1 ? 'post' : 'poster'} borttagna, ${p.kept} kvar`,
  'cli.baselineWritten': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'post' : 'poster'} skrivna`,
  'cli.baselineStale': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'post' : 'poster'} motsvarar inget fynd längre (--prune-baseline tar bort dem):`,
  'cli.notBaseline': (p: { version: string }) => `ingen baslinje för kronkoll av version ${p.version}`,
  'cli.mergeNeedsShards': () => 'merge behöver resultatfilerna från varje del',
  'cli.shardUnreadable': (p: { reason: string }) => `kan inte läsas som ett delresultat (${p.reason})`,
  'cli.notShard': () => 'inget delresultat (skriv ett med audit --shard K/N --shard-output FIL)',
  'cli.shardVersion': (p: { theirs: string; ours: string }) => `skrivet av kronkoll ${p.theirs}, detta är ${p.ours}`,
  'cli.shardOtherRun': (p: { first: string }) => `från en annan körning än ${p.first} (filer, antal delar eller konfiguration skiljer sig)`,
  'cli.shardTwice': (p: { shard: string }) => `delen ${p.shard} angiven två gånger`,
  'cli.shardMissing': (p: { shards: string }) => `delen ${p.shards} saknas`,
  'cli.shardOtherRules': () => 'delarna kördes med andra regler eller en annan konfiguration än denna sammanslagning (ge merge samma --rule, --disable och --max-pages)',
  'cli.configUnknownRule': (p: { id: string }) => `okänd regel eller regelfamilj '${p.id}' (se 'kronkoll rules')`,
  'cli.configNoPopulation': (p: { file: string; folder: string }) => `ingen ${p.file} i ${p.folder}`,
  'cli.configNoFolder': (p: { folder: string }) => `katalogen ${p.folder} finns inte`,
  'cli.notJson': (p: { reason: string }) => `inte giltig JSON (${p.reason})`,
  'cli.mustBeArray': () => 'ska vara en lista',
  'cli.mustBeString': () => 'ska vara en textsträng',
  'cli.configUnknownKey': () => 'okänd nyckel',
  'cli.configOneOf': (p: { allowed: string; got: string }) => `ska vara ett av ${p.allowed} (fick ${p.got})`,
  'cli.configNotRule': () => 'ingen regel eller regelfamilj',
} as const;
