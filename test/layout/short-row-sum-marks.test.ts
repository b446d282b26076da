import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Single-spaced rows that leave an empty cell out, among rows with a dash, dots or a figure hidden
 * below a bound ("<5"): the sum row still places the short row, a dash or dots adding nothing and
 * "<5" between nothing and four (short-row-sums.ts, sum-range.ts). Written for this test; the sums
 * were checked by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? (c.raw.trim() === '' ? null : c.raw.trim()))]);

describe('short rows placed by sums over dashes and hidden figures', () => {
  it('places a count left out among figures hidden below five', () => {
    // 2021: 125 + 98 + 64 = 287, so Lund has no figure for 2021; 2022: 187 + 102 and two "<5" make
    // 289–297, 293 printed; 2023: 340 + 211 + 77 and one "<5" make 628–632, 631 printed.
    const text = ['Antal anmälda fall per kommun', '', 'Kommun 2021 2022 2023', 'Borås 125 <5 340', 'Lund 187 211', 'Ystad 98 102 <5', 'Eslöv 64 <5 77', 'Summa 287 293 631', '', '<5 anges för färre än fem fall.', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Borås', '125', '<5', '340'],
      ['Lund', null, '187', '211'],
      ['Ystad', '98', '102', '<5'],
      ['Eslöv', '64', '<5', '77'],
      ['Summa', '287', '293', '631'],
    ]);
    // The place is a reading of the sums, not print: the cells stay a guess.
    expect(t!.rows[1]!.cells.filter((c) => c.value !== null).every((c) => c.placedByGuess === true)).toBe(true);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('places an outcome left without a budget, other rows printing dots and dashes', () => {
    // Budget: 4 250 + 610 + 95 = 4 955; outcome: 4 310 + 120 + 90 = 4 520 (the dots add nothing);
    // forecast: 4 400 + 650 + 98 = 5 148 (the dash adds nothing). Under the budget, 120 breaks two sums.
    const text = ['Tabell 2. Kostnader per nämnd, tkr', '', 'Nämnd Budget 2023 Utfall 2023 Prognos 2024', 'Socialnämnden 4 250 4 310 4 400', 'Kulturnämnden 610 .. 650', 'Valnämnd 120 –', 'Revision 95 90 98', 'Summa 4 955 4 520 5 148', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Socialnämnden', '4250000', '4310000', '4400000'],
      ['Kulturnämnden', '610000', '..', '650000'],
      // A dash alone reads as nothing, a zero.
      ['Valnämnd', null, '120000', '0'],
      ['Revision', '95000', '90000', '98000'],
      ['Summa', '4955000', '4520000', '5148000'],
    ]);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves the row as read where the hidden figures let two places add up', () => {
    // 2021: 40 + "<5" is 40–44, 2022: 30 + "<5" is 30–34; Lund's 2 fits under either year: nothing decides.
    const text = ['Antal fall', '', 'Kommun 2021 2022', 'Borås 40 30', 'Lund 2', 'Ystad <5 <5', 'Summa 43 33', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)[1]).toEqual(['Lund', '2', null]);
    expect(t!.rows[1]!.cells.find((c) => c.value !== null)!.placedByGuess).toBe(true);
  });
});
