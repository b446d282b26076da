import type { Document } from '../model/document.js';
import { DEFAULT_LIMITS, type ReadOptions } from '../readers/read-limits.js';
import type { InputError } from '../report/types.js';
import { readAll, type ReadAllOptions } from '../run/read-all.js';

/**
 * Reads every file on the worker pool, so that the limits hold for each whole document; a file
 * that cannot be read becomes one line in `errors` and the rest go on.
 */
export async function loadAll(files: string[], limits: ReadOptions = DEFAULT_LIMITS, options: Omit<ReadAllOptions, 'limits'> = {}): Promise<{ docs: Document[]; errors: InputError[]; printed?: string[] }> {
  const { docs, errors, printed } = await readAll(files, { ...options, limits });
  return printed ? { docs, errors, printed } : { docs, errors };
}
