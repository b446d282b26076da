import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { repeatedTitleGroups } from '../../src/layout/repeated-title-groups.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Group titles left on the stub's line when a web table's spans are lost in copying, over
 * column titles that begin again for each group. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('repeatedTitleGroups', () => {
  it('cuts the stub at capitals: one title a group, the unit the stub’s, before or after them', () => {
    expect(repeatedTitleGroups(['Koncernen', 'Moderbolaget', 'Belopp', 'i', 'tkr'], ['2023', '2022', '2023', '2022'])).toEqual({
      label: ['Belopp', 'i', 'tkr'],
      groups: [
        { text: 'Koncernen', span: 2 },
        { text: 'Moderbolaget', span: 2 },
      ],
    });
    expect(repeatedTitleGroups(['(tkr)', 'Nämnden', 'Hela', 'koncernen'], ['Utfall 2021', 'Utfall 2022', 'Budget 2022', 'Utfall 2021', 'Utfall 2022'])).toEqual({
      label: ['(tkr)'],
      groups: [
        { text: 'Nämnden', span: 3 },
        { text: 'Hela koncernen', span: 2 },
      ],
    });
  });

  it('finds no groups where no title comes back, or where the later run does not repeat the first', () => {
    expect(repeatedTitleGroups(['Mnkr', 'Regionen', 'Koncernen'], ['2021', '2022', '2023'])).toBeNull();
    expect(repeatedTitleGroups(['Mnkr', 'Regionen', 'Koncernen'], ['2021', '2022', '2021', '2023'])).toBeNull();
    // A stub of one title ("Belopp i mnkr") names no group.
    expect(repeatedTitleGroups(['Belopp', 'i', 'mnkr'], ['2021', '2022', '2021', '2022'])).toBeNull();
    // Without the unit among them the stub's titles cannot be told from the groups'.
    expect(repeatedTitleGroups(['Verksamhet', 'Regionen', 'Koncernen'], ['2021', '2022', '2021', '2022'])).toBeNull();
  });
});

describe('spaced tables with group titles on the stub line', () => {
  it('puts the group titles over their columns under a note column, the titles stacked a word a line', () => {
    const text = [
      'Resultaträkning',
      '',
      '(tkr) Not Nämnden Hela koncernen',
      'Utfall',
      '2021',
      'Utfall',
      '2022',
      'Budget',
      '2022',
      'Utfall',
      '2021',
      'Utfall',
      '2022',
      'Intäkter 1 45 200 48 900 47 000 61 300 66 100',
      'Kostnader 2 -41 800 -45 100 -44 500 -55 900 -60 200',
      'Avskrivningar 3 -2 100 -2 300 -2 400 -3 900 -4 100',
      'Resultat 4 1 300 1 500 100 1 500 1 800',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Nämnden / Utfall 2021', 'Nämnden / Utfall 2022', 'Nämnden / Budget 2022', 'Hela koncernen / Utfall 2021', 'Hela koncernen / Utfall 2022']);
    expect(rowsOf(t!)).toEqual([
      ['Intäkter', '45200000', '48900000', '47000000', '61300000', '66100000'],
      ['Kostnader', '-41800000', '-45100000', '-44500000', '-55900000', '-60200000'],
      ['Avskrivningar', '-2100000', '-2300000', '-2400000', '-3900000', '-4100000'],
      ['Resultat', '1300000', '1500000', '100000', '1500000', '1800000'],
    ]);
  });

  it('reads groups over titles that each name a year, on one line, without a note column', () => {
    const text = [
      'Mnkr Regionen Koncernen',
      'Utfall 2022 Budget 2023 Utfall 2022 Budget 2023',
      'Skatteintäkter 9 120 9 480 9 120 9 480',
      'Statsbidrag 2 310 2 390 2 310 2 390',
      'Övriga intäkter 1 040 1 100 2 650 2 810',
      'Summa intäkter 12 470 12 970 14 080 14 680',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Regionen / Utfall 2022', 'Regionen / Budget 2023', 'Koncernen / Utfall 2022', 'Koncernen / Budget 2023']);
    expect(rowsOf(t!)[3]).toEqual(['Summa intäkter', '12470000000', '12970000000', '14080000000', '14680000000']);
  });
});

describe('a code column\'s title among the group titles', () => {
  it('keeps the code column\'s title with the stub, before or after the unit', () => {
    expect(repeatedTitleGroups(['Utfall', 'Budget', 'Kod', 'Belopp', 'i', 'tkr'], ['2022', '2023', '2022', '2023'])).toEqual({
      label: ['Kod', 'Belopp', 'i', 'tkr'],
      groups: [
        { text: 'Utfall', span: 2 },
        { text: 'Budget', span: 2 },
      ],
    });
    expect(repeatedTitleGroups(['Konto', 'Mnkr', 'Kvinnor', 'Män'], ['Plan 1', 'Plan 2', 'Plan 3', 'Plan 1', 'Plan 2'])).toEqual({
      label: ['Konto', 'Mnkr'],
      groups: [
        { text: 'Kvinnor', span: 3 },
        { text: 'Män', span: 2 },
      ],
    });
  });

  it('reads single-spaced rows under group titles and a code column, the codes split from the labels', () => {
    const [t] = tablesOf(
      [
        'Drift Investering',
        'Kod Belopp i tusental kronor 2022 2023 2022 2023',
        '4100 Gator och vägar 1 200 1 350 400 380',
        '4200 Parker 310 305 90 120',
        '4300 Idrottshallar 820 790 150 0',
        '',
      ].join('\n'),
    );
    expect(headersOf(t!)).toEqual(['Drift / 2022', 'Drift / 2023', 'Investering / 2022', 'Investering / 2023']);
    expect(t!.rows.map((r) => r.code ?? null)).toEqual(['4100', '4200', '4300']);
    expect(rowsOf(t!)).toEqual([
      ['Gator och vägar', '1200000', '1350000', '400000', '380000'],
      ['Parker', '310000', '305000', '90000', '120000'],
      ['Idrottshallar', '820000', '790000', '150000', '0'],
    ]);
  });
});
