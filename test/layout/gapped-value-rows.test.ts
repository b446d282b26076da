import { describe, expect, it } from 'vitest';
import { closeRowGaps } from '../../src/layout/gapped-value-rows.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Rows pasted as two paragraphs each, the label and then its values set apart by single spaces:
 * tables written for this test (two layouts and a header of years), values checked by hand.
 */
const rows = (text: string): string[][] =>
  docOf({ file: 't.txt', text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);
const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));

describe('a row\'s label and its line of values set apart by a blank line', () => {
  it('reads each label with its values, under a header of years', () => {
    const text = 'Antal beviljade ärenden\n\n2021 2022 2021 2022\n\nNorra distriktet\n\n1 204 1 310 96 85\n\nSödra distriktet\n\n988 1 021 75 70\n\nVästra distriktet\n\n2 415 2 390 180 1 191\n\nTotalt\n\n4 607 4 721 351 1 346\n';
    expect(rows(text)).toEqual([
      ['Norra distriktet', '1204', '1310', '96', '85'],
      ['Södra distriktet', '988', '1021', '75', '70'],
      ['Västra distriktet', '2415', '2390', '180', '1191'],
      ['Totalt', '4607', '4721', '351', '1346'],
    ]);
  });

  it('reads them with two blank lines between label and values, and a dot for a figure that cannot occur', () => {
    const text = 'Elever per skola\n\nSkola 2019 2020 2021\n\nAlby\n\n\n12 4 .\n\nByn\n\n\n7 9 16\n\nCentrum\n\n\n1 045 998 2 043\n';
    expect(rows(text)).toEqual([
      ['Alby', '12', '4', ''],
      ['Byn', '7', '9', '16'],
      ['Centrum', '1045', '998', '2043'],
    ]);
  });

  it('keeps the blank lines where fewer than three rows follow one another, or a line could be one number', () => {
    const two = src('Norra\n\n12 14\n\nSödra\n\n9 11\n\nSlut på texten.');
    expect(closeRowGaps(two)).toBe(two);
    const grouped = src('Norra\n\n1 200 300\n\nSödra\n\n900 100\n\nVästra\n\n2 400 500\n');
    expect(closeRowGaps(grouped)).toBe(grouped);
    const prose = src('Under året ökade antalet.\n\n12 14\n\nDärefter minskade det.\n\n9 11\n\nMer om detta.\n\n3 4\n');
    expect(closeRowGaps(prose)).toBe(prose);
  });

  it('drops only the blank lines inside a row: lines keep their numbers', () => {
    const lines = src('A-län\n\n1 2 3\n\nB-län\n\n4 5 6\n\nC-län\n\n7 8 9');
    expect(closeRowGaps(lines).map((l) => l.line)).toEqual([1, 3, 4, 5, 7, 8, 9, 11]);
  });
});
