import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A single-spaced header of two lines: titles over groups of columns, then the stub's titles
 * before the years ("Kod Post 2021 2022 2021 2022"). The words before the years title the label
 * column, not the first year alone, so a code column's title there sets the codes apart from the
 * names. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('spaced tables with the stub’s titles on the line of years, under group titles', () => {
  it('reads account codes apart from the names under "Kod Post"', () => {
    const text = [
      'Driftredovisning',
      '',
      'Utfall Budget',
      'Kod Post 2021 2022 2021 2022',
      '4010 Personal 1 200 1 310 1 250 1 350',
      '4020 Lokaler 640 655 650 660',
      '4030 Material 95 102 100 110',
      'Summa 1 935 2 067 2 000 2 120',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!).map((h) => h.split(' / ').pop())).toEqual(['2021', '2022', '2021', '2022']);
    expect(t!.labelHeader?.startsWith('Kod Post')).toBe(true);
    expect(rowsOf(t!)).toEqual([
      ['4010', 'Personal', '1200', '1310', '1250', '1350'],
      ['4020', 'Lokaler', '640', '655', '650', '660'],
      ['4030', 'Material', '95', '102', '100', '110'],
      [null, 'Summa', '1935', '2067', '2000', '2120'],
    ]);
  });

  it('reads county codes apart from the county names under "Länskod Län", three groups of years', () => {
    const text = [
      'Beviljat Utbetalt Återbetalt',
      'Länskod Län 2019 2020 2019 2020 2019 2020',
      '01 Stockholms län 5 400 5 600 5 100 5 350 12 40',
      '03 Uppsala län 1 210 1 260 1 150 1 200 8 11',
      '04 Södermanlands län 930 955 900 940 3 6',
      '05 Östergötlands län 1 480 1 505 1 420 1 490 10 9',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['01', 'Stockholms län', '5400', '5600', '5100', '5350', '12', '40'],
      ['03', 'Uppsala län', '1210', '1260', '1150', '1200', '8', '11'],
      ['04', 'Södermanlands län', '930', '955', '900', '940', '3', '6'],
      ['05', 'Östergötlands län', '1480', '1505', '1420', '1490', '10', '9'],
    ]);
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual(['01', '03', '04', '05']);
  });

  it('titles the label column, not the first year, with a stub title that names no code', () => {
    const text = [
      'Drift Investering',
      'Verksamhet 2022 2023 2022 2023',
      'Grundskola 310 325 40 12',
      'Gymnasieskola 205 214 18 25',
      'Äldreomsorg 512 530 60 44',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!).map((h) => h.split(' / ').pop())).toEqual(['2022', '2023', '2022', '2023']);
    expect(t!.labelHeader?.split(' ')[0]).toBe('Verksamhet');
    expect(rowsOf(t!)[2]).toEqual([null, 'Äldreomsorg', '512', '530', '60', '44']);
  });
});
