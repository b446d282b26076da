import { describe, expect, it } from 'vitest';
import { unit } from '../../src/rules/format/unit.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** A header scale over figures written out in whole kronor, written for this test in two layouts. */
const tabText = [
  'Fördelning per region',
  '',
  'Region\tBidrag (mnkr)\tTidigare (kr)',
  'Uppsala\t12 345 678\t1 000 000',
  'Kalmar\t8 765 432\t2 000 000',
  'Gotland\t2 100 000\t500 000',
  '',
].join('\n');

const cellPerLine = [
  'Medlen fördelas enligt tabellen.',
  '',
  'Län',
  '',
  'Belopp (tkr)',
  '',
  'Västra Götaland',
  '',
  '1 234 567 890',
  '',
  'Skåne',
  '',
  '1 000 000 001',
  '',
  'Hallands län',
  '',
  '2 000 000 000',
  '',
  'Örebro län',
  '',
  '3 000 000 000',
  '',
].join('\n');

describe('a header scale the figures cannot have', () => {
  it('reads whole kronor under "(mnkr)" in kronor, as guesses, and keeps the stated scale', () => {
    const t = docOf({ file: 'a.txt', text: tabText }).tables[0]!;
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Uppsala', '12345678', '1000000'],
      ['Kalmar', '8765432', '2000000'],
      ['Gotland', '2100000', '500000'],
    ]);
    expect(t.columns.map((c) => [c.scale, c.scaleRejected])).toEqual([
      [1, 1e6],
      [1, undefined],
    ]);
    expect(t.rows.map((r) => r.cells[0]!.uncertain)).toEqual(['12 345 678', '8 765 432', '2 100 000']);
    expect(t.rows[0]!.cells[1]!.uncertain).toBeUndefined();
  });

  it('reads a cell-per-line column under "(tkr)" whose figures pass a thousand billion kronor in kronor', () => {
    const t = docOf({ file: 'b.txt', text: cellPerLine }).tables[0]!;
    expect(t.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([
      ['Västra Götaland', '1234567890'],
      ['Skåne', '1000000001'],
      ['Hallands län', '2000000000'],
      ['Örebro län', '3000000000'],
    ]);
    expect(t.columns[0]!.scaleRejected).toBe(1000);
  });

  it('keeps the header scale when only one figure is out of range (a slip in one cell)', () => {
    const text = ['Region\tBidrag (mnkr)', 'Uppsala\t12 345 678', 'Kalmar\t87', 'Gotland\t4,5', ''].join('\n');
    const t = docOf({ file: 'c.txt', text }).tables[0]!;
    expect(t.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['12345678000000', '87000000', '4500000']);
    expect(t.columns[0]!.scaleRejected).toBeUndefined();
  });

  it('keeps "(mnkr)" over figures that are plausible millions', () => {
    const text = ['Region\tBidrag (mnkr)', 'Uppsala\t1 234', 'Kalmar\t87', ''].join('\n');
    const t = docOf({ file: 'd.txt', text }).tables[0]!;
    expect(t.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['1234000000', '87000000']);
  });

  it('format/unit still reports the header once, with the figure read both ways', () => {
    const f = findingsOf(unit, [{ file: 'a.txt', text: tabText }]);
    expect(f.map((x) => [x.severity, x.location.line, x.expected, x.actual])).toEqual([['warning', 4, '12345678', '12345678000000']]);
    expect(f[0]!.message).toContain('(likaså 2 celler till i kolumnen)');
  });
});
