import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * Rows of a table of single-spaced columns that a page's text ran together on one line are cut
 * into the rows they are; written for this test in two layouts, with labels that hold a figure
 * of their own as the counter-case.
 */
const rowsOf = (text: string) =>
  docOf({ file: 'run-on.txt', text }).tables.flatMap((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('rows run together on one line', () => {
  it('cuts three rows of percentages under a line of years', () => {
    const text = 'Prognos, procentuell förändring\n\n2020 2021 2022\n\nBNP -2,8 4,8 2,6\n\nSysselsättning -1,3 1,0 2,6 Arbetslöshet 8,3 8,8 7,5 Timlön 2,0 2,4 2,6\n\nKPIF 0,5 2,4 7,7\n';
    expect(rowsOf(text)).toEqual([
      ['BNP', '-2.8', '4.8', '2.6'],
      ['Sysselsättning', '-1.3', '1', '2.6'],
      ['Arbetslöshet', '8.3', '8.8', '7.5'],
      ['Timlön', '2', '2.4', '2.6'],
      ['KPIF', '0.5', '2.4', '7.7'],
    ]);
  });

  it('cuts two rows of counts under titles', () => {
    const text = 'Antal platser per län\n\nLän Kvinnor Män Totalt\n\nKalmar län 12 15 27\n\nGotlands län 4 6 10 Blekinge län 9 8 17\n\nSkåne län 40 38 78\n';
    expect(rowsOf(text)).toEqual([
      ['Kalmar län', '12', '15', '27'],
      ['Gotlands län', '4', '6', '10'],
      ['Blekinge län', '9', '8', '17'],
      ['Skåne län', '40', '38', '78'],
    ]);
  });

  it('marks the cells of the rows it cut as in doubt', () => {
    const text = 'Antal platser per län\n\nLän Kvinnor Män Totalt\n\nKalmar län 12 15 27\n\nGotlands län 4 6 10 Blekinge län 9 8 17\n\nSkåne län 40 38 78\n';
    const rows = docOf({ file: 'run-on.txt', text }).tables[0]!.rows;
    expect(rows.filter((r) => r.cells.every((c) => c.uncertain !== undefined)).map((r) => r.label)).toEqual(['Gotlands län', 'Blekinge län']);
  });

  it('keeps a label that holds a figure of its own', () => {
    const text = 'Trafik per väg\n\nVäg 2021 2022\n\nVäg 45 Göteborg 1,2 1,4\n\nVäg 40 Borås 2,2 2,3\n\nVäg 26 Halmstad 0,9 1,0\n';
    expect(rowsOf(text).map((r) => r[0])).toEqual(['Väg 45 Göteborg', 'Väg 40 Borås', 'Väg 26 Halmstad']);
  });
});
