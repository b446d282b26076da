import { describe, expect, it } from 'vitest';
import { looksValue } from '../../src/layout/looks-numeric.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Column titles wrapped onto further header rows: in Markdown a second pipe row under the
 * header with the label cell empty ("| | tkr |"), and a year with its unit in parentheses
 * ("2022 (mnkr)") that is a title, not a figure with a note.
 */
const rowsOf = (t: Table): (string | null)[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('titles continued on a further header row', () => {
  it('joins "| | kronor |" under a one-column header to its title', () => {
    const md = '| Kommun | Bidrag per |\n|---|---:|\n| | invånare, kronor |\n| Kiruna | 120 |\n| Gällivare | 80 |\n| Pajala | 40 |\n| Summa | 240 |\n';
    const [t] = docOf({ file: 'a.md', text: md }).tables;
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Bidrag per invånare, kronor']);
    expect(rowsOf(t!)).toEqual([
      ['Kiruna', '120'],
      ['Gällivare', '80'],
      ['Pajala', '40'],
      ['Summa', '240'],
    ]);
  });

  it('reads "2022 (mnkr)" as a title over its column in a tab table, never as a row', () => {
    expect(looksValue('2022 (mnkr)')).toBe(false);
    expect(looksValue('2 022 (varav 40)')).toBe(true);
    const tsv = 'Anslag till länen\n\n\tUtfall\tBudget\nLän\t2022 (mnkr)\t2023 (mnkr)\nSkåne län\t14\t15\nHallands län\t6\t7\nBlekinge län\t3\t4\nSumma\t23\t26\n';
    const [t] = docOf({ text: tsv }).tables;
    expect(rowsOf(t!)).toEqual([
      ['Skåne län', '14000000', '15000000'],
      ['Hallands län', '6000000', '7000000'],
      ['Blekinge län', '3000000', '4000000'],
      ['Summa', '23000000', '26000000'],
    ]);
  });
});
