import { describe, expect, it } from 'vitest';
import { moneyUnit } from '../../src/tables/units.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Scale words cut short before the currency: "mn €", "milj. kr", "mdr euro". Each names millions
 * or billions as the word in full does; read unscaled, a table in millions was read in kronor.
 */
describe('abbreviated scale words before the currency', () => {
  it('scale kronor and euro by millions and billions, spaced or not, with or without a point', () => {
    for (const s of ['mn €', 'Mn €', 'mn euro', 'milj. euro', 'milj euro', 'MILJ. EUR']) expect(moneyUnit(s), s).toEqual({ unit: 'EUR', scale: 1e6 });
    for (const s of ['md €', 'mdr euro', 'mrd €']) expect(moneyUnit(s), s).toEqual({ unit: 'EUR', scale: 1e9 });
    for (const s of ['k€', 'kEUR', 't €']) expect(moneyUnit(s), s).toEqual({ unit: 'EUR', scale: 1e3 });
    for (const s of ['milj. kr', 'milj kronor', 'milj.kr', 'mn kr', 'Mn kronor']) expect(moneyUnit(s), s).toEqual({ unit: 'SEK', scale: 1e6 });
    for (const s of ['mdr kr', 'mrd kronor', 'md kr']) expect(moneyUnit(s), s).toEqual({ unit: 'SEK', scale: 1e9 });
  });

  it('leaves words that only begin so, and the plain currency, as they were', () => {
    expect(moneyUnit('Min kr')).toEqual({ unit: 'SEK', scale: 1 });
    expect(moneyUnit('Summa kr')).toEqual({ unit: 'SEK', scale: 1 });
    expect(moneyUnit('Mnemonik')).toBeNull();
    expect(moneyUnit('Mdr')).toBeNull();
    expect(moneyUnit('Budget €')).toEqual({ unit: 'EUR', scale: 1 });
  });

  const valuesOf = (text: string) => docOf({ file: 'case.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? null)]));

  it('scale a table by its caption', () => {
    const text = 'Stöd per program, mn €\n\nProgram\t2023\t2024\nA\t1,2\t1,3\nB\t–\t0,5\nSumma\t1,2\t1,8\n';
    expect(valuesOf(text)).toEqual([
      [
        ['A', '1200000', '1300000'],
        ['B', '0', '500000'],
        ['Summa', '1200000', '1800000'],
      ],
    ]);
  });

  it('scale a column by its header', () => {
    const text = 'Stöd per program\n\nProgram\tMilj. kr\tMn €\nA\t12\t1,2\nB\t-\t0,5\nSumma\t12\t1,7\n';
    expect(valuesOf(text)).toEqual([
      [
        ['A', '12000000', '1200000'],
        ['B', '0', '500000'],
        ['Summa', '12000000', '1700000'],
      ],
    ]);
  });
});
