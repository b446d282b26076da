import { availableParallelism } from 'node:os';
import { DEFAULT_CACHE_LOCATION } from './cache.js';
import { DEFAULT_MAX_MEMORY_MB } from './threads.js';
import { positiveWhole } from './option-table.js';
import { parseShard, type Shard } from './shard.js';
import { t } from '../messages/index.js';

export { RUN_OPTIONS } from './option-table.js';

/** Options only `audit` takes: the cache and shards. */
export const AUDIT_RUN_OPTIONS = {
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  shard: { type: 'string' },
  'shard-output': { type: 'string' },
} as const;

/** A bad value for one of these options; the CLI prints it with the usage lines. */
export class RunOptionError extends Error {}

export interface RunSettings {
  jobs: number;
  maxMemoryMb: number;
  progress: boolean;
  cacheLocation: string | null;
  shard: Shard | null;
  shardOutput: string | null;
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = positiveWhole(value);
  if (n === null) throw new RunOptionError(t('cli.positiveWhole', { option: name, got: value }));
  return n;
}

export function runSettingsOf(values: {
  jobs?: string;
  'max-memory'?: string;
  'no-progress'?: boolean;
  cache?: boolean;
  'cache-location'?: string;
  shard?: string;
  'shard-output'?: string;
}): RunSettings {
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  if (shard === undefined) throw new RunOptionError(t('cli.shardOption', { got: values.shard ?? '' }));
  if (values['shard-output'] !== undefined && shard === null) throw new RunOptionError(t('cli.shardOutput'));
  return {
    jobs: positiveInteger('jobs', values.jobs, availableParallelism()),
    maxMemoryMb: positiveInteger('max-memory', values['max-memory'], DEFAULT_MAX_MEMORY_MB),
    progress: !values['no-progress'],
    // --cache-location alone does not turn the cache on, as in ESLint.
    cacheLocation: values.cache ? (values['cache-location'] ?? DEFAULT_CACHE_LOCATION) : null,
    shard,
    shardOutput: values['shard-output'] ?? null,
  };
}
