import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal } from 'decimal.js';

/**
 * Reference data shipped in corpus/reference/: population per region (1 November 2023, as
 * printed in seed 002). Looked up beside the documents first (a corpus may ship its own),
 * then in the package's corpus/reference/.
 */
const POPULATION_FILE = 'befolkning-2023-11-01.csv';

const cache = new Map<string, Map<string, Decimal> | null>();

function parse(text: string): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !/^\d{2},/.test(line)) continue;
    const [code, , value] = line.split(',');
    out.set(code!, new Decimal(value!.trim()));
  }
  return out;
}

function readAt(file: string): Map<string, Decimal> | null {
  if (cache.has(file)) return cache.get(file)!;
  const data = existsSync(file) ? parse(readFileSync(file, 'utf8')) : null;
  cache.set(file, data);
  return data;
}

function packageReference(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  // src/corpus → ../../corpus; dist/src/corpus → ../../../corpus
  return [join(here, '..', '..', 'corpus', 'reference'), join(here, '..', '..', '..', 'corpus', 'reference')];
}

/** Population by two-digit region code, and the file it came from. */
export interface Population {
  byCode: Map<string, Decimal>;
  file: string;
}

/** Population by two-digit region code, or null when no reference file is found. */
export function referencePopulation(nearFile?: string): Population | null {
  const dirs: string[] = [];
  if (nearFile) {
    let dir = dirname(resolve(nearFile));
    for (let i = 0; i < 4; i++) {
      dirs.push(join(dir, 'reference'));
      dir = dirname(dir);
    }
  }
  dirs.push(...packageReference());
  for (const d of dirs) {
    const file = join(d, POPULATION_FILE);
    const data = readAt(file);
    if (data && data.size > 0) return { byCode: data, file };
  }
  return null;
}
