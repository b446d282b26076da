import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { continuesShortRow, isYearHead } from '../../src/layout/pipe-row-parts.js';

/** Web tables copied with a pipe after every cell, written for this test. */
const tableOf = (text: string) => {
  const t = docOf({ file: 'p.txt', text }).tables[0]!;
  return {
    columns: t.columns.map((c) => c.header.join(' ')),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  };
};

describe('pipe rows: a header of years and rows wrapped over lines', () => {
  it('reads a label over consecutive years as the header, not as a row of figures', () => {
    const text = ['Utbetalt, kronor | 2019 | 2020 | 2021 |', 'Kommun A | 1 200 | 1 350 | 1 410 |', 'Kommun B | 800 | 760 | 905 |', 'Summa | 2 000 | 2 110 | 2 315 |', ''].join('\n');
    const t = tableOf(text);
    expect(t.columns).toEqual(['2019', '2020', '2021']);
    expect(t.rows).toEqual([
      ['Kommun A', '1200', '1350', '1410'],
      ['Kommun B', '800', '760', '905'],
      ['Summa', '2000', '2110', '2315'],
    ]);
  });

  it('reads years counting back from the latest the same way', () => {
    const text = ['Post | 2018 | 2017 |', 'Lönekostnader | 41 300 | 39 800 |', 'Lokaler | 6 200 | 6 050 |', ''].join('\n');
    const t = tableOf(text);
    expect(t.columns).toEqual(['2018', '2017']);
    expect(t.rows).toEqual([
      ['Lönekostnader', '41300', '39800'],
      ['Lokaler', '6200', '6050'],
    ]);
  });

  it('joins a row whose cells wrapped onto the lines below it', () => {
    const text = [
      'Län | Ansökningar | Beviljade | Belopp, kr |',
      'Uppsala län | 41 | 38 | 1 250 000 |',
      'Dalarnas län |',
      '27 |',
      '25 | 910 000 |',
      'Gotlands län | 12 | 12 | 400 000 |',
      '',
    ].join('\n');
    expect(tableOf(text).rows).toEqual([
      ['Uppsala län', '41', '38', '1250000'],
      ['Dalarnas län', '27', '25', '910000'],
      ['Gotlands län', '12', '12', '400000'],
    ]);
  });

  it('takes years that skip or repeat for figures, and a full row for closed', () => {
    expect(isYearHead(['Kommun', '2019', '2021'])).toBe(false);
    expect(isYearHead(['Kommun', '2020', '2020'])).toBe(false);
    expect(isYearHead(['', '2022', '2023'])).toBe(true);
    expect(continuesShortRow(4, ['12'], 4)).toBe(false);
    expect(continuesShortRow(2, ['12', '13', '14'], 4)).toBe(false);
    expect(continuesShortRow(2, ['12', '13'], 4)).toBe(true);
    expect(continuesShortRow(2, ['Övrigt'], 4)).toBe(false);
  });
});

describe('pipe rows: a header of years among titled columns', () => {
  it('reads years after a worded title as the header, not as a row of figures', () => {
    const text = [
      'Verksamhet | Beviljat belopp totalt | 2006 | 2007 | 2008 |',
      'Skatteintäkter | 784 | 1 010 | 443 | 297 |',
      'Kommunstyrelsen | 188 | 180 | 320 | 246 |',
      'Summa | 972 | 1 190 | 763 | 543 |',
      '',
    ].join('\n');
    const t = tableOf(text);
    expect(t.columns).toEqual(['Beviljat belopp totalt', '2006', '2007', '2008']);
    expect(t.rows).toEqual([
      ['Skatteintäkter', '784', '1010', '443', '297'],
      ['Kommunstyrelsen', '188', '180', '320', '246'],
      ['Summa', '972', '1190', '763', '543'],
    ]);
  });

  it('reads years repeated under each group, a title last, as the header', () => {
    const text = [
      'Län | 2019 | 2020 | 2019 | 2020 | Förändring |',
      'Uppsala län | 120 | 130 | 40 | 45 | 15 |',
      'Kalmar län | 80 | 85 | 20 | 22 | 7 |',
      'Gotlands län | 30 | 31 | 10 | 12 | 3 |',
      '',
    ].join('\n');
    const t = tableOf(text);
    expect(t.columns).toEqual(['2019', '2020', '2019', '2020', 'Förändring']);
    expect(t.rows.map((r) => r[0])).toEqual(['Uppsala län', 'Kalmar län', 'Gotlands län']);
  });
});

describe('pipe rows: a unit sign as a title beside the years', () => {
  it('reads "Kod | % | years" over coded rows as the header', () => {
    const text = ['Kod | % | 2019 | 2020 | 2021 |', '01 | Stockholms län | 5,6 | 3,9 | 6,5 |', '03 | Uppsala län | 8,0 | 2,3 | 6,3 |', '04 | Södermanlands län | 5,9 | 5,0 | 3,2 |', ''].join('\n');
    const t = tableOf(text);
    expect(t.columns.slice(-3)).toEqual(['2019', '2020', '2021']);
    expect(t.rows.map((r) => r.slice(-3))).toEqual([
      ['5.6', '3.9', '6.5'],
      ['8', '2.3', '6.3'],
      ['5.9', '5', '3.2'],
    ]);
  });

  it('reads "Nr | ‰ | years" over numbered rows the same way', () => {
    const text = ['Nr | ‰ | 2010 | 2011 |', '1 | Norra distriktet | 12,5 | 13,1 |', '2 | Södra distriktet | 9,8 | 10,4 |', '3 | Västra distriktet | 7,0 | 7,7 |', ''].join('\n');
    expect(isYearHead(['Nr', '‰', '2010', '2011'])).toBe(true);
    const t = tableOf(text);
    expect(t.columns.slice(-2)).toEqual(['2010', '2011']);
    expect(t.rows.map((r) => r.slice(-2))).toEqual([
      ['12.5', '13.1'],
      ['9.8', '10.4'],
      ['7', '7.7'],
    ]);
  });

  it('a row with a blank and two year-like figures is no header', () => {
    expect(isYearHead(['Kalmar', '–', '2019', '2020'])).toBe(false);
  });
});

describe('pipe rows: an untitled names\' column beside the code column', () => {
  it('reads "Kod |  | years" over coded rows as the header', () => {
    const text = ['Kod |  | 2014 | 2015 | 2016 |', '04 | Södermanlands län | 10 114 | 9 683 | 9 248 |', '14 | Västra Götalands län | 2 553 | 9 777 | 7 282 |', '17 | Värmlands län | 1 025 | 7 985 | 4 719 |', ''].join('\n');
    const t = tableOf(text);
    expect(t.columns.slice(-3)).toEqual(['2014', '2015', '2016']);
    expect(t.rows.map((r) => r.slice(-3))).toEqual([
      ['10114', '9683', '9248'],
      ['2553', '9777', '7282'],
      ['1025', '7985', '4719'],
    ]);
  });

  it('reads account codes and a sum row under "Konto |  | years" the same way', () => {
    const text = ['Konto |  | 2005 | 2006 |', '6000 | Gator och vägar | 208 | 582 |', '6001 | Skogsbruk | 553 | 876 |', ' | Summa | 761 | 1 458 |', ''].join('\n');
    expect(isYearHead(['Konto', '', '2005', '2006'])).toBe(true);
    const t = tableOf(text);
    expect(t.columns.slice(-2)).toEqual(['2005', '2006']);
    expect(t.rows.map((r) => r.slice(-2))).toEqual([['208', '582'], ['553', '876'], ['761', '1458']]);
  });

  it('a row with an empty cell and years that do not run one a year is no header', () => {
    expect(isYearHead(['Kalmar', '', '2019', '2024'])).toBe(false);
  });
});
