import { readFile } from 'node:fs/promises';
import { type ContextPaths, loadRuleContext } from '../../corpus/context.js';
import type { Document } from '../../model/document.js';
import type { Finding } from '../../model/finding.js';
import type { InputError } from '../../report/types.js';
import type { Rule } from '../../rules/types.js';
import { configurationKey, withCorpusRules, type AuditRun } from '../../run/audit.js';
import { contextFiles } from '../../run/read-all.js';
import { rehydrateDocument } from '../../run/serialise.js';
import { isShardResult, type ShardResult } from '../../run/shard-result.js';
import { DEFAULT_LIMITS, type ReadOptions } from '../../readers/read-limits.js';
import { t } from '../../messages/index.js';

/** A shard result that cannot be merged: one line naming the file and why. */
export class MergeError extends Error {}

async function readShard(path: string): Promise<ShardResult> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    throw new MergeError(`${path}: ${t('cli.shardUnreadable', { reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) })}`);
  }
  if (!isShardResult(parsed)) throw new MergeError(`${path}: ${t('cli.notShard')}`);
  return parsed;
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * `kronkoll merge RESULT…`: the shards of one run put back together in run order, then the
 * corpus rules over all documents, as the unsharded audit runs them. The shards must come from
 * the same kronkoll version, files, rules and configuration, and be every shard exactly once.
 */
export async function mergeShards(paths: readonly string[], rules: readonly Rule[], version: string, limits: ReadOptions = DEFAULT_LIMITS, contextPaths: ContextPaths = {}): Promise<AuditRun> {
  if (paths.length === 0) throw new MergeError(t('cli.mergeNeedsShards'));
  const shards = await Promise.all(paths.map(readShard));
  const first = shards[0]!;
  const seen = new Set<number>();
  shards.forEach((s, i) => {
    const where = paths[i]!;
    if (s.version !== version) throw new MergeError(`${where}: ${t('cli.shardVersion', { theirs: s.version, ours: version })}`);
    if (s.shard.count !== first.shard.count || !same(s.files, first.files) || s.key !== first.key) throw new MergeError(`${where}: ${t('cli.shardOtherRun', { first: paths[0] ?? '' })}`);
    if (seen.has(s.shard.index)) throw new MergeError(`${where}: ${t('cli.shardTwice', { shard: `${s.shard.index}/${s.shard.count}` })}`);
    seen.add(s.shard.index);
  });
  const missing = Array.from({ length: first.shard.count }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length > 0) throw new MergeError(t('cli.shardMissing', { shards: missing.map((k) => `${k}/${first.shard.count}`).join(', ') }));

  const files = first.files;
  const context = loadRuleContext(contextFiles(files), contextPaths);
  const ruleIds = rules.filter((r) => r.scope === 'document').map((r) => r.meta.id);
  if (!same(first.ruleIds, ruleIds) || configurationKey(version, limits, rules, context) !== first.key) {
    throw new MergeError(`${paths[0]}: ${t('cli.shardOtherRules')}`);
  }

  const docs: { index: number; doc: Document }[] = [];
  const findings = new Map<string, Finding[]>();
  const errors: (InputError & { index: number })[] = [];
  for (const s of shards) {
    for (const d of s.documents) {
      const doc = rehydrateDocument(d.doc);
      docs.push({ index: d.index, doc });
      findings.set(doc.file, d.findings);
    }
    errors.push(...s.errors);
  }
  docs.sort((a, b) => a.index - b.index);
  errors.sort((a, b) => a.index - b.index);
  const ordered = docs.map((d) => d.doc);
  return { docs: ordered, byFile: withCorpusRules(ordered, findings, rules, context), errors: errors.map(({ file, reason }) => ({ file, reason })) };
}
