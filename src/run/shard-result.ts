import type { Finding } from '../model/finding.js';
import type { InputError } from '../report/types.js';
import type { PlainDocument } from './serialise.js';

/**
 * What one shard writes for `kronkoll merge`: its documents as plain data (the corpus rules need
 * the models), their document-rule findings, its unreadable files, and the whole run's file list
 * so that the merge can check that the shards fit together and put everything in run order.
 */
export interface ShardResult {
  format: 'kronkoll-shard';
  formatVersion: 1;
  version: string;
  /** Document rules the shard ran, in run order. */
  ruleIds: string[];
  /** Configuration that shapes models and findings (see cacheKey); shards must agree. */
  key: string;
  shard: { index: number; count: number };
  /** Every file of the run (all shards), as given; indexes below point into it. */
  files: string[];
  documents: { index: number; doc: PlainDocument; findings: Finding[] }[];
  errors: (InputError & { index: number })[];
}

export function isShardResult(value: unknown): value is ShardResult {
  const v = value as Partial<ShardResult> | null;
  return typeof v === 'object' && v !== null && v.format === 'kronkoll-shard' && v.formatVersion === 1 && Array.isArray(v.files) && Array.isArray(v.documents) && Array.isArray(v.errors);
}
