import { loadDocument } from '../document/load.js';
import type { Document } from '../model/document.js';
import { ReadError } from '../readers/read-error.js';
import { DEFAULT_LIMITS, type ReadOptions } from '../readers/read-limits.js';
import type { InputError } from '../report/types.js';
import { t } from '../messages/index.js';

/** Reads every file; a file that cannot be read becomes one line in `errors` and the rest go on. */
export async function loadAll(files: string[], limits: ReadOptions = DEFAULT_LIMITS): Promise<{ docs: Document[]; errors: InputError[] }> {
  const docs: Document[] = [];
  const errors: InputError[] = [];
  for (const file of files) {
    try {
      docs.push(await loadDocument(file, limits));
    } catch (e) {
      if (e instanceof ReadError) errors.push({ file: e.file, reason: e.reason });
      else errors.push({ file, reason: t('input.other', { reason: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) }) });
    }
  }
  return { docs, errors };
}
