import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { titleInYearRun } from '../../src/layout/title-in-year-run.js';
import { docOf } from '../rules/rule-tester.js';

/** A column title of words standing in the place of a year in a header of years. Examples written for this test. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('titleInYearRun', () => {
  it('finds the title where a year of the run is missing', () => {
    expect(titleInYearRun('Län 2011 2012 Beviljat belopp totalt 2014 2015')).toBe('Beviljat belopp totalt');
    expect(titleInYearRun('2019 2020 Netto')).toBeNull();
    // Years that repeat once a group, the title in place of a group's second year.
    expect(titleInYearRun('Kod Enhet 2020 Justerad budget 2020 2021 2020 2021')).toBe('Justerad budget');
  });

  it('leaves a title that names the next year, and lines without years side by side', () => {
    // "Budget 2019" after the years it follows: two periods only, the title may name the year.
    expect(titleInYearRun('Post 2018 2019 Budget 2019')).toBeNull();
    expect(titleInYearRun('Post 2019 2020 Budget 2021')).toBeNull();
    // Titles that each name a year.
    expect(titleInYearRun('Bokslut 2019 Budget 2020 Plan 2021')).toBeNull();
    // Two runs of words among the years.
    expect(titleInYearRun('2010 Utfall 2012 Prognos 2014 2015')).toBeNull();
  });
});

describe('single-spaced tables with a title among the years', () => {
  it('reads the title as a column of its own, under a stub title', () => {
    const text = ['Tabell 6. Bidrag per län, tkr', '', 'Län 2011 2012 Beviljat belopp totalt 2014', 'Uppsala 1 250 1 310 2 560 1 400', 'Gotland 410 395 805 420', 'Summa 1 660 1 705 3 365 1 820', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['2011', '2012', 'Beviljat belopp totalt', '2014']);
    expect(rowsOf(t!)).toEqual([
      ['Uppsala', '1250000', '1310000', '2560000', '1400000'],
      ['Gotland', '410000', '395000', '805000', '420000'],
      ['Summa', '1660000', '1705000', '3365000', '1820000'],
    ]);
  });

  it('reads it among years repeated once a group, under a line of group titles', () => {
    const text = [
      'Drift Investering Reserv',
      'Kod Enhet 2020 Justerad budget 2020 2021 2020 2021',
      '210 Skola 300 320 45 50 5 6',
      '220 Vård 700 690 80 75 9 8',
      'Summa 1 000 1 010 125 125 14 14',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Drift / 2020', 'Drift / Justerad budget', 'Investering / 2020', 'Investering / 2021', 'Reserv / 2020', 'Reserv / 2021']);
    expect(rowsOf(t!).map((r) => r.slice(-6))).toEqual([
      ['300', '320', '45', '50', '5', '6'],
      ['700', '690', '80', '75', '9', '8'],
      ['1000', '1010', '125', '125', '14', '14'],
    ]);
  });
});
