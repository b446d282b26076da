import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchRegion } from '../../src/regions/index.js';

// The published pages live beside the repository, not in it; without them there is nothing to check.
const ROOT = '../shared/regeringen';

function* markdownFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* markdownFiles(p);
    else if (p.endsWith('.md')) yield p;
  }
}

describe.skipIf(!existsSync(ROOT))('matchRegion on every word of the published pages', () => {
  it('resolves no ordinary word as a misspelt region', () => {
    const words = new Set<string>();
    for (const f of markdownFiles(ROOT)) {
      for (const w of readFileSync(f, 'utf8').split(/[^\p{L}]+/u)) if (w.length >= 3) words.add(w);
    }
    const known = new Set(['Upsala']); // the old spelling of Uppsala
    const misses = [...words].filter((w) => !known.has(w) && (matchRegion(w)?.distance ?? 0) > 0);
    expect(misses).toEqual([]);
  }, 30_000);
});
