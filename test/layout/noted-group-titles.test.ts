import { describe, expect, it } from 'vitest';
import { notedGroupTitles } from '../../src/layout/noted-group-titles.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Statements pasted one cell a paragraph, their empty cells lost; written for this test, the sums checked by hand. */
const paragraphs = (cells: string[]): string => `${cells.join('\n\n')}\n`;
const tableOf = (text: string): Table => docOf({ file: 'case.txt', text }).tables[0]!;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const titlesOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));

describe('notedGroupTitles', () => {
  it('reads the stub, the note column, two groups over runs of years and a word over the first year', () => {
    expect(notedGroupTitles(['tkr', 'Not', 'Kommunen', 'Koncernen', 'Budget', '2025', '2025', '2024', '2025', '2024'], 7)).toEqual({
      top: ['', '', 'Kommunen', 'Kommunen', 'Kommunen', 'Koncernen', 'Koncernen'],
      sub: ['tkr', 'Not', 'Budget 2025', '2025', '2024', '2025', '2024'],
      from: [0, 1, 5, 6, 7, 8, 9],
    });
  });
  it('reads the word in the first year\'s cell', () => {
    expect(notedGroupTitles(['mnkr', 'noter', 'Regionen', 'Koncernen', 'Prognos 2024', '2024', '2023', '2024', '2023'], 7)?.sub).toEqual(['mnkr', 'noter', 'Prognos 2024', '2024', '2023', '2024', '2023']);
    expect(notedGroupTitles(['mnkr', 'noter', 'Regionen', 'Koncernen', 'Prognos 2024', '2024', '2023', '2024', '2023'], 7)?.top.slice(2)).toEqual(['Regionen', 'Regionen', 'Regionen', 'Koncernen', 'Koncernen']);
  });
  it('reads nothing where the runs are not the groups, the count is off, or no note column stands second', () => {
    // Three runs under two groups.
    expect(notedGroupTitles(['tkr', 'Not', 'A', 'B', '2025', '2024', '2025', '2024', '2025', '2024'], 8)).toBeNull();
    // Five years, but six value columns after the note.
    expect(notedGroupTitles(['tkr', 'Not', 'Kommunen', 'Koncernen', '2025', '2024', '2025', '2024'], 7)).toBeNull();
    expect(notedGroupTitles(['tkr', 'Kommunen', 'Koncernen', 'Not', '2025', '2024', '2025', '2024'], 6)).toBeNull();
    // Bare years never repeat within a group.
    expect(notedGroupTitles(['tkr', 'Not', 'Kommunen', 'Koncernen', '2025', '2025', '2024', '2025', '2024'], 7)).toBeNull();
  });
});

describe('a statement under a note column, groups and a worded first year, one cell a paragraph', () => {
  it('puts every figure under its year and group, a row without a note one column right of the note', () => {
    const t = tableOf(paragraphs([
      'Resultatbudget', 'tkr', 'Not', 'Kommunen', ' ', '', 'Koncernen', ' ', ' ', 'Budget', ' ', ' ', ' ', ' ', ' ', ' ',
      '2025', '2025', '2024', '2025', '2024',
      'Intäkter', '1', '1 200', '1210', '1150', '3400', '3300',
      'Kostnader', '2', '-5 100', '-5150', '-4900', '-7 800', '-7600',
      'Avskrivningar', ' ', '-300', '-310', '-290', '-700', '-680',
      'Nettokostnader', ' ', '-4200', '-4250', '-4040', '-5100', '-4980',
      'Skatteintäkter', '3', '4300', '4380', '4100', '4380', '4100',
      'Resultat', ' ', '100', '130', '60', '-720', '-880',
    ]));
    expect(titlesOf(t)).toEqual(['Kommunen / Budget 2025', 'Kommunen / 2025', 'Kommunen / 2024', 'Koncernen / 2025', 'Koncernen / 2024']);
    // 1 200 − 5 100 − 300 = −4 200 and −4 200 + 4 300 = 100.
    expect(rowsOf(t)).toEqual([
      ['Intäkter', '1200000', '1210000', '1150000', '3400000', '3300000'],
      ['Kostnader', '-5100000', '-5150000', '-4900000', '-7800000', '-7600000'],
      ['Avskrivningar', '-300000', '-310000', '-290000', '-700000', '-680000'],
      ['Nettokostnader', '-4200000', '-4250000', '-4040000', '-5100000', '-4980000'],
      ['Skatteintäkter', '4300000', '4380000', '4100000', '4380000', '4100000'],
      ['Resultat', '100000', '130000', '60000', '-720000', '-880000'],
    ]);
    expect(t.rows.map((r) => r.note ?? null)).toEqual(['1', '2', null, null, '3', null]);
  });

  it('reads a first row under a capital heading that left its first cells out, the word sharing the year\'s cell', () => {
    const t = tableOf(paragraphs([
      'Finansieringsanalys', 'mnkr', 'Noter', 'Regionen', ' ', 'Bolagen', ' ', 'Prognos 2024', '2024', '2023', '2024', '2023',
      'LÖPANDE VERKSAMHET\nResultat', ' ', '150', '300', '400', '520',
      'Avskrivningar', '4', '200', '210', '190', '600', '580',
      'Förändring av rörelsekapital', ' ', '-50', '-30', '-60', '-100', '-120',
      'Kassaflöde från löpande verksamhet', ' ', '150', '330', '430', '900', '980',
    ]));
    expect(titlesOf(t)).toEqual(['Regionen / Prognos 2024', 'Regionen / 2024', 'Regionen / 2023', 'Bolagen / 2024', 'Bolagen / 2023']);
    // The sum row places the first row's four figures: 200 − 50 = 150 under the forecast, 150 + 210 − 30 = 330,
    // 300 + 190 − 60 = 430, 400 + 600 − 100 = 900, 520 + 580 − 120 = 980.
    expect(rowsOf(t)).toEqual([
      ['LÖPANDE VERKSAMHET Resultat', null, '150000000', '300000000', '400000000', '520000000'],
      ['Avskrivningar', '200000000', '210000000', '190000000', '600000000', '580000000'],
      ['Förändring av rörelsekapital', '-50000000', '-30000000', '-60000000', '-100000000', '-120000000'],
      ['Kassaflöde från löpande verksamhet', '150000000', '330000000', '430000000', '900000000', '980000000'],
    ]);
  });
});
