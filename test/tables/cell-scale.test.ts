import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A cell's value is its number times the column's scale; scale 1 leaves it as written. */
const cells = (file: string, text: string) =>
  docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? null : `${c.value.toFixed()} ±${c.precision.toFixed()}`))]);

describe('cell values and the column scale', () => {
  it('keeps kronor as written and multiplies tkr, in a tab table', () => {
    const text = 'Post\tBelopp, kr\tBelopp, tkr\nSkolor\t1 250 000\t1 250\nVägar\t-3 400,5\t12,5\nSumma\t1 246 599,5\t1 262,5\n';
    // The tkr column's whole numbers are as exact as its finest decimal (12,5: ±50 kr).
    expect(cells('a.txt', text)).toEqual([
      ['Skolor', '1250000 ±0', '1250000 ±50'],
      ['Vägar', '-3400.5 ±0.05', '12500 ±50'],
      ['Summa', '1246599.5 ±0.05', '1262500 ±50'],
    ]);
  });

  it('reads a number longer than 20 significant digits to 20, in either scale, in space-aligned lines', () => {
    // decimal.js works to 20 significant digits: a product is rounded to them, and so is a scale-1 value.
    const text = ['Post                    Belopp', '', 'Fond          1234567890123456789012', 'Reserv                             8', 'Summa         1234567890123456789020', ''].join('\n');
    expect(cells('b.txt', text)).toEqual([
      ['Fond', '1234567890123456789000 ±0'],
      ['Reserv', '8 ±0'],
      ['Summa', '1234567890123456789000 ±0'],
    ]);
  });
});
