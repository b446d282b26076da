import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { ProseAmount, Qualifier } from '../../../src/model/amount.js';
import { placedSum } from '../../../src/rules/support/placed-sum.js';

/** A prose amount in whole kronor, as the grammar gives "45 000 kronor" (or "drygt 45 000 kronor"). */
function kr(value: number, qualifier: Qualifier = 'exact'): ProseAmount {
  return {
    value: new Decimal(value),
    raw: `${value} kronor`,
    unit: 'SEK',
    scale: 1,
    precision: new Decimal('0.5'),
    qualifier,
    anomalies: [],
    location: { file: 'x.md', line: 1, column: 1 },
    context: '',
    sentence: 0,
  };
}

describe('placedSum', () => {
  it('tells nothing when the parts make the whole exactly', () => {
    expect(placedSum(kr(120_000), [kr(45_000), kr(75_000)], ['läst ur platsen'])).toBeNull();
  });

  it('gives a mismatch with the reading as its last doubt, so it warns', () => {
    // 45 000 + 30 000 = 75 000 against 80 000.
    const sum = placedSum(kr(80_000), [kr(45_000), kr(30_000)], ['läst ur platsen', 'texten kan räkna in mer']);
    expect(sum?.c.verdict).toBe('mismatch');
    expect(sum?.c.difference.toFixed()).toBe('-5000');
    expect(sum?.doubts).toEqual(['läst ur platsen', 'texten kan räkna in mer']);
  });

  it('keeps quiet on a loosened figure the parts miss, by default any of them', () => {
    expect(placedSum(kr(80_000, 'drygt'), [kr(45_000), kr(30_000)], ['r'])).toBeNull();
    expect(placedSum(kr(80_000), [kr(45_000, 'cirka'), kr(30_000)], ['r'])).toBeNull();
  });

  it('looks only at the amounts it is told to for looseness', () => {
    // A loosened part, but only the whole is asked about: the mismatch is told.
    expect(placedSum(kr(80_000), [kr(45_000, 'cirka'), kr(30_000)], ['r'], [kr(80_000)])?.c.verdict).toBe('mismatch');
  });
});
