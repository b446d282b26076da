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

describe('spaced rows with fewer values than columns', () => {
  it('reads evenly sized values as a short row filled from the left, as a guess, not as a finer full split', () => {
    const text = [
      'Anslag per område',
      '',
      'Område A 21 300 400 21 350 400 21 350 400',
      'Område B 5 100 200 5 150 200 5 150 200 5 400 200',
      'Område C 100 474 087 103 035 087 103 035 087',
      'Område D 8 800 100 8 800 100 8 900 100 9 000 100',
      '',
    ].join('\n');
    const t = docOf({ file: 'a.txt', text }).tables[0]!;
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Område A', '21300400', '21350400', '21350400', null],
      ['Område B', '5100200', '5150200', '5150200', '5400200'],
      ['Område C', '100474087', '103035087', '103035087', null],
      ['Område D', '8800100', '8800100', '8900100', '9000100'],
    ]);
    expect(t.rows[2]!.cells[0]!.uncertain).toBe('100 474 087');
  });

  it('keeps a full split whose values are alike ("141 50 55,4 % – 14 155")', () => {
    const text = ['Post Utfall Förändring Andel Budget Avvikelse', 'Drift 519 802 18 738 3,7 % 505 200 14 602', 'Mark 141 50 55,4 % – 14 155', 'Lokaler – 4 008 – 100 2,6 % – 4 626 618', ''].join('\n');
    const t = docOf({ file: 'b.txt', text }).tables[0]!;
    expect(t.rows[1]!.cells.map((c) => c.value?.toFixed() ?? null)).toEqual(['141', '50', '55.4', '-14', '155']);
  });
});
