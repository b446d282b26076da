import { describe, expect, it } from 'vitest';
import { cellsStateEuro, euroFigure } from '../../src/tables/euro-column.js';
import { docOf } from '../rules/rule-tester.js';

/** Cells and tables written for this test. */
describe('cells in euro', () => {
  it('a column whose every filled cell names euro', () => {
    expect(cellsStateEuro(['1 039,50 €', '212 €', '', '-'])).toBe(true);
    expect(cellsStateEuro(['4,5 milj. euro', '12 milj. euro'])).toBe(true);
    expect(cellsStateEuro(['1 039,50 €', '212'])).toBe(false);
    expect(cellsStateEuro(['212 €'])).toBe(false);
  });

  it('a figure read with its decimals joined is marked so', () => {
    expect(euroFigure('1 039, 50 €')).toEqual({ text: '1 039,50', euro: true, spaced: true });
    expect(euroFigure('48,75 €')).toEqual({ text: '48,75', euro: true, spaced: false });
    expect(euroFigure('2 400, 25')).toEqual({ text: '2 400,25', euro: false, spaced: true });
  });

  it('a pipe table of euro cells is read in euro', () => {
    const d = docOf({ file: 'a.md', text: 'Avgifter\n\n| Tjänst | Pris |\n|---|---|\n| Trygghetslarm | 1 205,40 € |\n| Färdtjänst | 86,10 € |\n| Totalt | 1 291,50 € |\n' });
    expect(d.tables[0]!.columns.map((c) => c.unit)).toEqual(['EUR']);
    expect(d.tables[0]!.rows.map((r) => r.cells[0]!.value!.toFixed())).toEqual(['1205.4', '86.1', '1291.5']);
    expect(d.tables[0]!.rows.map((r) => r.cells[0]!.uncertain)).toEqual([undefined, undefined, undefined]);
  });

  it('a space-aligned table with a space after the decimal comma: read, each such cell a reading', () => {
    const d = docOf({ file: 'b.txt', text: 'Kostnader per enhet\n\nEnhet            Kostnad\nSkola             2 310, 75 €\nDaghem              640, 20 €\nSammanlagt        2 950, 95 €\n' });
    expect(d.tables[0]!.columns.map((c) => c.unit)).toEqual(['EUR']);
    expect(d.tables[0]!.rows.map((r) => r.cells[0]!.value!.toFixed())).toEqual(['2310.75', '640.2', '2950.95']);
    expect(d.tables[0]!.rows.every((r) => r.cells[0]!.uncertain !== undefined)).toBe(true);
  });
});
