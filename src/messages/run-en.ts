import type { runSv } from './run-sv.js';

/** The English texts of the command line around a run (`--lang en`); the same ids as `run-sv.ts`. */
export const runEn: typeof runSv = {
  'cli.wholeNumber': (p) => `--${p.option} must be a whole number ≥ 0 (got '${p.got}')`,
  'cli.positiveWhole': (p) => `--${p.option} must be a positive whole number (got '${p.got}')`,
  'cli.shardOption': (p) => `--shard must be K/N with 1 ≤ K ≤ N (got '${p.got}')`,
  'cli.shardOutput': () => '--shard-output needs --shard K/N',
  'cli.noDocuments': (p) => `no documents matched ${p.paths} (empty, or all ignored); --no-error-on-unmatched accepts that`,
  'cli.maxWarnings': (p) => `${p.warnings} ${p.warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${p.max}`,
  'cli.baselinePruned': (p) => `${p.removed} stale ${p.removed === 1 ? 'entry' : 'entries'} removed, ${p.kept} kept`,
  'cli.baselineWritten': (p) => `${p.count} ${p.count === 1 ? 'entry' : 'entries'} written`,
  'cli.baselineStale': (p) => `${p.count} ${p.count === 1 ? 'entry matches' : 'entries match'} no finding any more (--prune-baseline removes them):`,
  'cli.notBaseline': (p) => `not a kronkoll baseline of version ${p.version}`,
  'cli.mergeNeedsShards': () => 'merge needs the result files of every shard',
  'cli.shardUnreadable': (p) => `cannot be read as a shard result (${p.reason})`,
  'cli.notShard': () => 'not a shard result (write one with audit --shard K/N --shard-output FILE)',
  'cli.shardVersion': (p) => `written by kronkoll ${p.theirs}, this is ${p.ours}`,
  'cli.shardOtherRun': (p) => `from another run than ${p.first} (files, shard count or configuration differ)`,
  'cli.shardTwice': (p) => `shard ${p.shard} given twice`,
  'cli.shardMissing': (p) => `shard ${p.shards} missing`,
  'cli.shardOtherRules': () => 'the shards ran with other rules or configuration than this merge (give merge the same --rule, --disable and --max-pages)',
  'cli.configUnknownRule': (p) => `unknown rule or family '${p.id}' (see 'kronkoll rules')`,
  'cli.configNoPopulation': (p) => `no ${p.file} in ${p.folder}`,
  'cli.configNoFolder': (p) => `no such folder ${p.folder}`,
};
