import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Tables with columns set apart by single spaces, in shapes copied-out pages give, written for this test. */
const tables = (text: string) =>
  docOf({ file: 'a.txt', text }).tables.map((t) => ({
    headers: t.columns.map((c) => c.header.join(' ')),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

describe('spaced columns', () => {
  it('reads a percent sign set apart from its number ("3,7 %") and titles with their years', () => {
    const text = [
      'Nettokostnader',
      '',
      '(tkr) Utfall 2022/23 Förändring 2022/23 Andel Budget',
      'Skola – 12 400 – 310 2,6 % – 12 500',
      'Vård – 8 050 120 – 1,5 % – 8 000',
      'Kultur – 940 – 15 1,6 % – 1 000',
      'Summa – 21 390 – 205 1,0 % – 21 500',
      '',
    ].join('\n');
    expect(tables(text)).toEqual([
      {
        headers: ['Utfall 2022/23', 'Förändring 2022/23', 'Andel', 'Budget'],
        rows: [
          ['Skola', '-12400000', '-310000', '2.6', '-12500000'],
          ['Vård', '-8050000', '120000', '-1.5', '-8000000'],
          ['Kultur', '-940000', '-15000', '1.6', '-1000000'],
          ['Summa', '-21390000', '-205000', '1', '-21500000'],
        ],
      },
    ]);
  });

  it('reads "12 %" apart in a table without header years, and a header of several-word titles by its rows', () => {
    const text = [
      'Län Antal platser Andel av riket Förändring',
      'Uppsala län 1 200 12 % 40',
      'Kalmar län 950 9 % -15',
      'Gotlands län 300 3 % 5',
      '',
    ].join('\n');
    const [t] = tables(text);
    expect(t!.rows).toEqual([
      ['Uppsala län', '1200', '12', '40'],
      ['Kalmar län', '950', '9', '-15'],
      ['Gotlands län', '300', '3', '5'],
    ]);
  });

  it('ends a table at a line of words ending in a run of years: the next table\'s header', () => {
    const text = [
      'Region Drift Investering Totalt',
      'Region Uppsala 1 100 200 1 300',
      'Region Kalmar 900 150 1 050',
      'Region Gotland 300 50 350',
      'Kostnad per år',
      '',
      'Region 2019 2020 2021',
      'Uppsala 1 000 1 050 1 100',
      'Kalmar 800 850 900',
      'Gotland 250 280 300',
      '',
    ].join('\n');
    const ts = tables(text);
    expect(ts.map((t) => t.rows.length)).toEqual([3, 3]);
    expect(ts[0]!.rows[0]).toEqual(['Region Uppsala', '1100', '200', '1300']);
    expect(ts[1]!.headers).toEqual(['2019', '2020', '2021']);
    expect(ts[1]!.rows[2]).toEqual(['Gotland', '250', '280', '300']);
  });
});
