import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { YEAR_OR_CLOSING_DATE } from '../../src/layout/closing-date.js';
import { docOf } from '../rules/rule-tester.js';

/** Balance sheets headed by the closing day instead of the year. Examples written for this test. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));

describe('YEAR_OR_CLOSING_DATE', () => {
  it('takes a year and a full closing date, never a ratio, a split year or a figure', () => {
    for (const t of ['2021', '2021-12-31', '12/31/2021', '31/12/2020', '1/1/2019']) expect(YEAR_OR_CLOSING_DATE.test(t), t).toBe(true);
    for (const t of ['1/2', '2021/22', '2021-12', '12 500', '31.12', '3021-12-31', '21-12-31']) expect(YEAR_OR_CLOSING_DATE.test(t), t).toBe(false);
  });
});

describe('tables with single-space columns under a header of closing dates', () => {
  it('reads ISO dates as the column titles and keeps the note column out of the values', () => {
    const text = [
      'Balansräkning, mnkr',
      '',
      'Not 2023-12-31 2022-12-31',
      'Mark och byggnader 4 1 250,5 1 198,0',
      'Inventarier 5 84,2 80,9',
      'Finansiella tillgångar 6 310,0 305,5',
      'Summa anläggningstillgångar 1 644,7 1 584,4',
      'Kassa och bank 7 95,3 120,1',
      'Summa tillgångar 1 740,0 1 704,5',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(headersOf(t!)).toEqual(['2023-12-31', '2022-12-31']);
    expect(rowsOf(t!)).toEqual([
      ['Mark och byggnader', '1250500000', '1198000000'],
      ['Inventarier', '84200000', '80900000'],
      ['Finansiella tillgångar', '310000000', '305500000'],
      ['Summa anläggningstillgångar', '1644700000', '1584400000'],
      ['Kassa och bank', '95300000', '120100000'],
      ['Summa tillgångar', '1740000000', '1704500000'],
    ]);
  });

  it('reads dates written with slashes, in thousands of kronor, under a title line of groups', () => {
    const text = [
      'Tkr Kommunen Koncernen',
      'Not 31/12/2022 31/12/2021 31/12/2022 31/12/2021',
      'Fordringar 12 40 118 38 905 52 007 49 310',
      'Placeringar 13 12 000 12 000 12 000 12 000',
      'Likvida medel 14 7 450 9 120 10 233 11 870',
      'Summa omsättningstillgångar 59 568 60 025 74 240 73 180',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(headersOf(t!)).toEqual(['Kommunen / 31/12/2022', 'Kommunen / 31/12/2021', 'Koncernen / 31/12/2022', 'Koncernen / 31/12/2021']);
    expect(rowsOf(t!).map((r) => r.slice(1))).toEqual([
      ['40118000', '38905000', '52007000', '49310000'],
      ['12000000', '12000000', '12000000', '12000000'],
      ['7450000', '9120000', '10233000', '11870000'],
      ['59568000', '60025000', '74240000', '73180000'],
    ]);
  });
});
