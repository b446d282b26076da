import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Items that each give one share in percent, read as a table of two columns. Wordings of their own. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table): [string, string | null][] => t.rows.map((r) => [r.label, r.cells[0]?.value?.toFixed() ?? null]);

describe('share lists', () => {
  it('reads numbered items "Label: n %" as a table of shares in percent', () => {
    const [t] = tablesOf(['Så fördelades arbetstiden under året', '', '1. Förebyggande arbete: 18 %', '2. Vård och omsorg: 64,5 %', '3. Administration: 17,5 %', '', 'Uppgifterna bygger på tidrapporter.'].join('\n'));
    expect(rowsOf(t!)).toEqual([
      ['Förebyggande arbete', '18'],
      ['Vård och omsorg', '64.5'],
      ['Administration', '17.5'],
    ]);
    expect(t!.columns[0]!.unit).toBe('percent');
  });

  it('reads bulleted items "Label – n procent"', () => {
    const [t] = tablesOf(['Andel av lokalytan:', '', '• Skolor – 45 procent', '• Förskolor – 30 procent', '• Fritidsgårdar – 25 procent', ''].join('\n'));
    expect(rowsOf(t!)).toEqual([
      ['Skolor', '45'],
      ['Förskolor', '30'],
      ['Fritidsgårdar', '25'],
    ]);
  });

  it('reads no table where one item is no share or goes on after it', () => {
    expect(tablesOf(['Resultat:', '', '• Skolor: 45 %', '• Förskolor: 30 % av ytan, mer än väntat', '• Fritid: 25 %', ''].join('\n'))).toEqual([]);
    expect(tablesOf(['Resultat:', '', '• Skolor: 45 %', '• Förskolor fick mer', '• Fritid: 25 %', ''].join('\n'))).toEqual([]);
  });
});
