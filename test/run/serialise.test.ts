import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/document/load.js';
import type { Document } from '../../src/model/document.js';
import { fromPlainData, rehydrateDocument, serialiseDocument, toPlainData } from '../../src/run/serialise.js';
import { corpusFiles } from './sample.js';

/** Every Decimal in a document, with where it is, so the test can say which one was lost. */
function decimals(value: unknown, path = '', out: [string, unknown][] = []): [string, unknown][] {
  if (value === null || typeof value !== 'object') return out;
  if (Decimal.isDecimal(value)) return out.push([path, value]), out;
  for (const [k, v] of Object.entries(value)) decimals(v, `${path}.${k}`, out);
  return out;
}

describe('serialise / rehydrate', async () => {
  const files = await corpusFiles();
  it('covers the corpus (text and PDF)', () => {
    expect(files.some((f) => f.endsWith('.pdf'))).toBe(true);
    expect(files.some((f) => f.endsWith('.txt'))).toBe(true);
  });
  for (const file of files) {
    it(`${file}: a round trip through a structured clone and through JSON gives the same document`, async () => {
      const doc = await loadDocument(file);
      const before = decimals(doc);
      expect(before.length).toBeGreaterThan(0);
      for (const copy of [structuredClone(serialiseDocument(doc)), JSON.parse(JSON.stringify(serialiseDocument(doc)))]) {
        const back: Document = rehydrateDocument(copy);
        expect(back).toEqual(doc);
        const after = decimals(back);
        expect(after.map(([p]) => p)).toEqual(before.map(([p]) => p));
        for (const [, d] of after) expect(d).toBeInstanceOf(Decimal);
        // Same value, exactly (toEqual would pass on two Decimals of equal fields anyway; this says it in numbers).
        after.forEach(([, d], i) => expect((d as Decimal).equals(before[i]![1] as Decimal)).toBe(true));
      }
    });
  }
  it('a plain document holds no Decimal, only tagged strings', async () => {
    const plain = serialiseDocument(await loadDocument(files[0]!));
    expect(decimals(plain)).toEqual([]);
    expect(JSON.stringify(plain)).toMatch(/\{"\$decimal":"-?\d+(\.\d+)?(e[+-]\d+)?"\}/);
  });
  it('Maps of Decimals (the rule context) come back as Maps of Decimals', () => {
    const m = new Map([['01', new Decimal('2454821')], ['03', new Decimal('0.5')]]);
    const back = fromPlainData<Map<string, Decimal>>(structuredClone(toPlainData(m)));
    expect(back).toBeInstanceOf(Map);
    expect([...back.keys()]).toEqual(['01', '03']);
    expect(back.get('01')).toBeInstanceOf(Decimal);
    expect(back.get('01')!.toString()).toBe('2454821');
    expect(back.get('03')!.toString()).toBe('0.5');
  });
});
