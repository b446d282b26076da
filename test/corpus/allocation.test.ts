import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { fitTable, largestRemainder } from '../../src/corpus/allocation.js';
import { referencePopulation } from '../../src/corpus/reference.js';
import { docOf } from '../rules/rule-tester.js';
import { load, SEED } from './seeds.js';

const d = (xs: (string | number)[]): Decimal[] => xs.map((x) => new Decimal(x));

describe('largestRemainder', () => {
  it('keeps the total exact and gives the leftover kronor to the largest fractions', () => {
    // 100 by 1:1:1 → 33,33 each; one krona left goes to the first of equal fractions.
    expect(largestRemainder(new Decimal(100), d([1, 1, 1])).map(String)).toEqual(['34', '33', '33']);
    // 10 by 1:2:3 → 1,67 / 3,33 / 5 → 2 / 3 / 5
    expect(largestRemainder(new Decimal(10), d([1, 2, 3])).map(String)).toEqual(['2', '3', '5']);
  });
});

describe('reference population', () => {
  it('holds the 21 regions of seed 002, summing to its 10 557 682', () => {
    const ref = referencePopulation()!;
    expect(ref.byCode.size).toBe(21);
    expect([...ref.byCode.values()].reduce((s, v) => s.plus(v), new Decimal(0)).toFixed()).toBe('10557682');
    expect(ref.byCode.get('09')!.toFixed()).toBe('61093');
  });
});

describe('fitted keys on the seeds', () => {
  it('002 Bilaga 1: Ambulans is 500 000 kr per region plus the rest by population; Nära vård follows no key', async () => {
    const doc = await load(SEED.closeCare);
    const fits = fitTable(doc.tables[0]!, referencePopulation(doc.file));
    expect(fits.map((f) => [f.header, f.description, f.matched, f.deviants.length])).toEqual([
      ['Ambulans (kronor)', '500 000 kr per region + resten efter befolkning (kolumnen "Befolkning november 2023")', 21, 0],
    ]);
  });
  it('002 Bilaga 2: half by population share, half by share of insatser', async () => {
    const doc = await load(SEED.closeCare);
    const [fit] = fitTable(doc.tables[1]!, referencePopulation(doc.file));
    expect(fit!.terms.map((t) => (t.kind === 'share' ? `${t.weight!.toFixed()} ${t.base}` : ''))).toEqual(['50 befolkning', '50 insatser']);
    expect(fit!.matched).toBe(21);
  });
  it('000: "Befolkning totalt" follows the population column of 002 (reference data)', async () => {
    const doc = await load(SEED.decision);
    const fits = fitTable(doc.tables[0]!, referencePopulation(doc.file));
    expect(fits.map((f) => [f.header, f.terms, f.matched])).toEqual([['Exkl BUP / Befolkning totalt', [{ kind: 'share', base: 'befolkning', weight: null }], 21]]);
  });
  it('10 000 kr moved from Uppsala to Stockholm in Bilaga 2 leaves two deviants', () => {
    const text = readFileSync(SEED.closeCare, 'utf8').replace('109 737 356', '109 747 356').replace('29 107 434', '29 097 434');
    const doc = docOf({ file: 'moved.txt', text });
    const [fit] = fitTable(doc.tables[1]!, referencePopulation(doc.file));
    expect(fit!.deviants.map((x) => [x.row.label, x.actual.minus(x.expected).toFixed()])).toEqual([
      ['Stockholm', '10000'],
      ['Uppsala', '-10000'],
    ]);
  });
});
