import { currentLang } from '../messages/index.js';
import { writeFile } from 'node:fs/promises';
import { type ContextPaths, loadRuleContext } from '../corpus/context.js';
import type { Document } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import type { ReadOptions } from '../readers/read-limits.js';
import type { InputError } from '../report/types.js';
import { byPlace, runRules } from '../rules/engine.js';
import type { Rule, RuleContext } from '../rules/types.js';
import { cacheKey, ReadCache, sha256 } from './cache.js';
import type { RunSettings } from './options.js';
import type { ProgressStream } from './progress.js';
import { contextFiles, readAll, type ReadAllOptions, type ReadAllResult } from './read-all.js';
import { serialiseDocument } from './serialise.js';
import { filesOfShard } from './shard.js';
import type { ShardResult } from './shard-result.js';

export interface AuditRun {
  docs: Document[];
  /** Findings by file, sorted by place, for every document in `docs`. */
  byFile: Map<string, Finding[]>;
  errors: InputError[];
}

/** What shapes a document's model and its document-rule findings besides its bytes: the cache and shard key. */
export function configurationKey(version: string, limits: ReadOptions, rules: readonly Rule[], context: RuleContext): string {
  const ruleIds = rules.filter((r) => r.scope === 'document').map((r) => r.meta.id);
  // Population is a Map; Decimals print as strings (their toJSON).
  const contextJson = JSON.stringify(context, (_, v: unknown) => (v instanceof Map ? [...v.entries()] : v));
  // Messages in the model and findings are in the run's language; the PDF engine shapes the model.
  return cacheKey(version, { maxPages: limits.maxPages, ruleIds, context: contextJson, lang: currentLang(), pdfEngine: (limits as ReadOptions).pdfEngine ?? 'auto' });
}

/**
 * Corpus rules over all documents, on the main thread, added to the document-rule findings the
 * workers made; sorted as the engine sorts, so the result is the engine's over the same rules.
 */
export function withCorpusRules(docs: readonly Document[], docFindings: Map<string, Finding[]>, rules: readonly Rule[], context: RuleContext): Map<string, Finding[]> {
  return withFindings(docs, docFindings, runRules(docs, rules.filter((r) => r.scope === 'corpus'), context));
}

/** Document-rule and corpus-rule findings by file, sorted as the engine sorts. */
function withFindings(docs: readonly Document[], docFindings: Map<string, Finding[]>, corpus: Map<string, Finding[]>): Map<string, Finding[]> {
  const byFile = new Map<string, Finding[]>();
  for (const d of docs) byFile.set(d.file, [...(docFindings.get(d.file) ?? []), ...(corpus.get(d.file) ?? [])].sort(byPlace));
  return byFile;
}

/** Standard input at its place among the files read (a shard reads it only when `-` falls in its share). */
function stdinIn(share: readonly { index: number }[], stdin: ReadAllOptions['stdin']): ReadAllOptions['stdin'] {
  const at = stdin ? share.findIndex((s) => s.index === stdin.index) : -1;
  return stdin && at >= 0 ? { ...stdin, index: at } : null;
}

/**
 * `audit`'s reading and checking: documents on the worker pool (document rules there too, so the
 * limits cover them), from the cache when asked, then the corpus rules here. With --shard only a
 * share of the files is read, the corpus rules wait for `kronkoll merge`, and --shard-output
 * writes what the merge needs.
 */
export async function runAudit(
  files: string[],
  rules: readonly Rule[],
  limits: ReadOptions,
  settings: RunSettings,
  version: string,
  progress: ProgressStream | null,
  paths: ContextPaths = {},
  stdin: ReadAllOptions['stdin'] = null,
): Promise<AuditRun> {
  // The context is the whole run's, also in a shard: every shard then checks as the unsharded run does.
  const context = loadRuleContext(contextFiles(files), paths);
  const key = configurationKey(version, limits, rules, context);
  const share = settings.shard ? filesOfShard(files, settings.shard) : files.map((file, index) => ({ file, index }));
  const cache = settings.cacheLocation ? await ReadCache.open(settings.cacheLocation, key) : null;
  const ruleIds = rules.filter((r) => r.scope === 'document').map((r) => r.meta.id);
  const read = await readAll(share.map((s) => s.file), {
    jobs: settings.jobs,
    limits,
    maxMemoryMb: settings.maxMemoryMb,
    rules: { ids: ruleIds, context },
    cache,
    progress: settings.progress ? progress : null,
    stdin: stdinIn(share, stdin),
  });
  if (settings.shard && settings.shardOutput) {
    const indexOf = new Map(share.map((s) => [s.file, s.index]));
    const result: ShardResult = {
      format: 'kronkoll-shard',
      formatVersion: 1,
      version,
      ruleIds,
      key,
      shard: settings.shard,
      files,
      documents: read.docs.map((doc) => ({ index: indexOf.get(doc.file)!, doc: serialiseDocument(doc), findings: read.findings.get(doc.file) ?? [] })),
      errors: read.errors.map((e) => ({ ...e, index: indexOf.get(e.file)! })),
    };
    await writeFile(settings.shardOutput, JSON.stringify(result));
  }
  const byFile = settings.shard
    ? new Map(read.docs.map((d) => [d.file, [...(read.findings.get(d.file) ?? [])]]))
    : withFindings(read.docs, read.findings, corpusFindings(read, rules, context, cache));
  // Before the findings are printed: fingerprints are added to them then, and are not cached.
  await cache?.save();
  return { docs: read.docs, byFile, errors: read.errors };
}

/**
 * The corpus rules' findings over the documents read. When every document came from the cache
 * and they are the documents (paths, order, content) of the run the cache kept corpus findings
 * for, those findings are the ones the rules would find again: the configuration, rule context
 * and version are in the cache's key. Otherwise the rules run, and the cache keeps what they found.
 */
function corpusFindings(read: ReadAllResult, rules: readonly Rule[], context: RuleContext, cache: ReadCache | null): Map<string, Finding[]> {
  const corpusRules = rules.filter((r) => r.scope === 'corpus');
  const digest = cache && read.hashes && read.absolute ? sha256(new TextEncoder().encode(JSON.stringify([corpusRules.map((r) => r.meta.id), read.absolute.map((f, i) => [f, read.hashes![i] ?? null])]))) : null;
  const kept = digest !== null && read.allCached ? cache!.corpusFindings(digest) : undefined;
  if (kept) return new Map(Object.entries(kept));
  const found = runRules(read.docs, corpusRules, context);
  if (cache && digest !== null) cache.setCorpusFindings(digest, Object.fromEntries(found));
  return found;
}
