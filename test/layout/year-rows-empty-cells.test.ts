import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A heading over rows labelled by years under a table pasted one cell a line, its own row's
 * empty cells pasted as lines of spaces or bare borders between blank lines. Examples written
 * here in two layouts (blank lines and lines of spaces; borders and blank lines) and wordings.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

const cells = (rows: string[][], sep: string): string => rows.flatMap((r) => r).join(sep);

const regions = [
  ['Område', 'Företag', 'Hektar'],
  ['Län', ' ', ' '],
  ['Uppsala', '120', '1 500'],
  ['Kalmar', '80', '900'],
  ['Gotlands', '40', '700'],
  ['Skåne', '300', '4 100'],
  [' ', ' ', ' '],
];

describe('rows labelled by years under a heading with empty cells', () => {
  it('reads them after blank lines and lines of spaces', () => {
    const text = `Tabell 2. Företag och areal\n\n${cells([...regions, ['Hela riket', ' ', ' '], ['2021', '540', '7 200'], ['2020', '520', '7 050'], ['2019', '505', '6 900']], '\n\n')}\n`;
    const years = tablesOf(text).find((t) => t.rows[0]?.label === '2021');
    expect(years && rowsOf(years)).toEqual([
      ['2021', '540', '7200'],
      ['2020', '520', '7050'],
      ['2019', '505', '6900'],
    ]);
  });

  it('reads them after bare borders and blank lines', () => {
    const rows = [...regions.map((r) => r.map((c) => c.trim())), ['Riket totalt', '', ''], ['2018', '61', '3,5'], ['2019', '64', '3,7'], ['2020', '70', '4,1'], ['2021', '72', '4,2']];
    const text = `Antal gårdar och andel\n${rows.flatMap((r) => r.flatMap((c) => [c, '|'])).join('\n')}\n`;
    const years = tablesOf(text).find((t) => t.rows[0]?.label === '2018');
    expect(years && rowsOf(years)).toEqual([
      ['2018', '61', '3.5'],
      ['2019', '64', '3.7'],
      ['2020', '70', '4.1'],
      ['2021', '72', '4.2'],
    ]);
  });

  it('makes no table of prose after a heading', () => {
    const text = 'Hela riket\n\n \n\n2021 var ett år med 540 företag.\n\n \n\nÅret före var de 520.\n';
    expect(tablesOf(text)).toHaveLength(0);
  });
});
