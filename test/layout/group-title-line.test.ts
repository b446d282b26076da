import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { groupTitleLine } from '../../src/layout/group-title-line.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A line of group titles over the column titles of a single-spaced table, the spans lost in
 * copying. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('groupTitleLine', () => {
  it('spans each title over the columns whose titles repeat once a group', () => {
    expect(groupTitleLine('Kommunen Koncernen', ['2022', '2023', '2022', '2023'])).toEqual([
      { text: 'Kommunen', span: 2 },
      { text: 'Koncernen', span: 2 },
    ]);
    // Quarters by their closing numbers, one title out of step, a title of two words, the last group short.
    expect(groupTitleLine('Beviljade medel Utbetalt Återkrävt', ['Kv 1', 'Ändrad prognos', 'Kv 3', 'Kv 1', 'Kv 2', 'Kv 3', 'Kv 1', 'Kv 2'])).toEqual([
      { text: 'Beviljade medel', span: 3 },
      { text: 'Utbetalt', span: 3 },
      { text: 'Återkrävt', span: 2 },
    ]);
  });

  it('takes a longer span when the titles repeat by it, the last group short', () => {
    expect(groupTitleLine('Drift Investering', ['Steg 1', 'Steg 2', 'Steg 3', 'Steg 1'])).toEqual([
      { text: 'Drift', span: 3 },
      { text: 'Investering', span: 1 },
    ]);
  });

  it('finds no groups where the titles do not repeat, or where the line is a title, a unit or a caption', () => {
    // Two capitalised words over columns that do not repeat: as likely the table's title.
    expect(groupTitleLine('Driftredovisning Kommunstyrelsen', ['Intäkter', 'Kostnader', 'Netto', 'Budget'])).toBeNull();
    // Two titles out of step.
    expect(groupTitleLine('Utfall Budget', ['2022', '2023', 'Förändring', 'Andel'])).toBeNull();
    expect(groupTitleLine('Belopp i tusental kronor', ['2022', '2023', '2022', '2023'])).toBeNull();
    expect(groupTitleLine('Tabell 4 Kvinnor Män', ['2022', '2023', '2022', '2023'])).toBeNull();
    expect(groupTitleLine('Uppgifterna gäller hela riket.', ['2022', '2023', '2022', '2023'])).toBeNull();
    // One title: a group over every column or the table's title, nothing to tell them apart by.
    expect(groupTitleLine('Kvinnor', ['2022', '2023'])).toBeNull();
  });
});

describe('single-spaced tables under a line of group titles', () => {
  it('puts the groups over their columns and keeps the numbered caption above, with its unit', () => {
    const text = [
      'Tabell 3. Bidrag per län 2023, tkr',
      '',
      'Beviljat Utbetalt',
      'Län Kv 1 Kv 2 Kv 1 Kv 2',
      'Uppsala 1 250 830 1 100 790',
      'Gotland 410 95 400 90',
      'Summa 1 660 925 1 500 880',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.caption).toBe('Tabell 3. Bidrag per län 2023, tkr');
    expect(headersOf(t!)).toEqual(['Beviljat / Kv 1', 'Beviljat / Kv 2', 'Utbetalt / Kv 1', 'Utbetalt / Kv 2']);
    expect(rowsOf(t!)).toEqual([
      ['Uppsala', '1250000', '830000', '1100000', '790000'],
      ['Gotland', '410000', '95000', '400000', '90000'],
      ['Summa', '1660000', '925000', '1500000', '880000'],
    ]);
  });

  it('reads groups over years, the stub naming a code column, with no caption above', () => {
    const text = [
      'Budget Utfall Prognos',
      'Kod Verksamhet 2021 2022 2021 2022 2021 2022',
      '110 Skola 4 200 4 350 4 180 4 400 4 300 4 500',
      '120 Omsorg 6 100 6 300 6 050 6 320 6 200 6 450',
      'Summa 10 300 10 650 10 230 10 720 10 500 10 950',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Budget / 2021', 'Budget / 2022', 'Utfall / 2021', 'Utfall / 2022', 'Prognos / 2021', 'Prognos / 2022']);
    expect(rowsOf(t!).map((r) => r.slice(-6))).toEqual([
      ['4200', '4350', '4180', '4400', '4300', '4500'],
      ['6100', '6300', '6050', '6320', '6200', '6450'],
      ['10300', '10650', '10230', '10720', '10500', '10950'],
    ]);
  });
});

describe('the unit of a numbered caption over a table that found a caption of its own', () => {
  it('holds under a section heading read as the table’s caption', () => {
    const text = ['Tabell 2. Kostnader per område 2023, tkr', '', 'Post 2022 2023', 'Skola', 'Lärare 1 200 1 250', 'Lokaler 300 310', 'Summa 1 500 1 560', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Lärare', '1200000', '1250000'],
      ['Lokaler', '300000', '310000'],
      ['Summa', '1500000', '1560000'],
    ]);
  });

  it('holds under a single group title read as the table’s caption', () => {
    const text = ['Tab. 4: Medel till skolor 2023, mnkr', '', 'Kvinnor', 'Skola Del 1 Del 2', 'Norr 12 14', 'Söder 8 9', 'Totalt 20 23', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Norr', '12000000', '14000000'],
      ['Söder', '8000000', '9000000'],
      ['Totalt', '20000000', '23000000'],
    ]);
  });

  it('is not taken from a caption without a unit, nor from a paragraph that only mentions one', () => {
    const text = ['Tabell 5. Antal ärenden 2023', '', 'Kvinnor', 'Län Del 1 Del 2', 'Norr 12 14', 'Söder 8 9', 'Totalt 20 23', ''].join('\n');
    expect(rowsOf(tablesOf(text)[0]!)[0]).toEqual(['Norr', '12', '14']);
  });
});
