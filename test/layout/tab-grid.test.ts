import { describe, expect, it } from 'vitest';
import { isTabRow } from '../../src/layout/tab-grid.js';
import { docOf } from '../rules/rule-tester.js';

describe('tab rows', () => {
  it('takes a group title after an empty first cell as a row, not a sentence or a label alone', () => {
    expect(isTabRow('\tBeviljat\t\t')).toBe(true);
    expect(isTabRow('\t\tAvslutade projekt')).toBe(true);
    expect(isTabRow('\tSe tabellen nedan.')).toBe(false);
    expect(isTabRow('Beviljat\t\t')).toBe(false);
    expect(isTabRow('\tMedlen fördelas mellan länen enligt en fördelningsnyckel som bygger på befolkningen')).toBe(false);
  });

  it('keeps the group title over its columns, and a column before it without one', () => {
    const text = 'Stöd per län\n\n\t\tBeviljat\t\nLän\tSökt belopp\tAntal\tBelopp\nHallands län\t500\t3\t300\nSkåne län\t900\t4\t700\nTotalt\t1 400\t7\t1 000\n';
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(t!.columns.map((c) => c.header)).toEqual([['Sökt belopp'], ['Beviljat', 'Antal'], ['Beviljat', 'Belopp']]);
  });
});

describe('a section heading with a note under the header of a tab table', () => {
  const rowsOf = (text: string) => {
    const [t] = docOf({ file: 'case.txt', text }).tables;
    return { headers: t!.columns.map((c) => c.header), rows: t!.rows.map((r) => [r.label, r.kind, ...r.cells.map((c) => c.value?.toString() ?? null)]) };
  };
  const expected = {
    headers: [['2023'], ['2024']],
    rows: [
      ['Norra regionen', 'other', null, null],
      ['Arvika', 'data', '1200000', '1300000'],
      ['Borlänge', 'data', '2400000', '2500000'],
      ['Södra regionen', 'other', null, null],
      ['Eda', 'data', '300000', '400000'],
      ['Summa', 'total', '3900000', '4200000'],
    ],
  };

  it('is a heading row when its note is set against it and its empty cells are kept', () => {
    const text = 'Bidrag per kommun, tusental kronor\n\nKommun\t2023\t2024\nNorra regionen1)\t\t\nArvika\t1 200\t1 300\nBorlänge\t2 400\t2 500\nSödra regionen2)\t\t\nEda\t300\t400\nSumma\t3 900\t4 200\n';
    expect(rowsOf(text)).toEqual(expected);
  });

  it('is a heading row when its note is in words and the tabs after it were dropped', () => {
    const text = 'Bidrag per kommun, tusental kronor\n\nKommun\t2023\t2024\nNorra regionen (se not 1)\nArvika\t1 200\t1 300\nBorlänge\t2 400\t2 500\nSödra regionen*\nEda\t300\t400\nSumma\t3 900\t4 200\n';
    expect(rowsOf(text)).toEqual(expected);
  });
});
