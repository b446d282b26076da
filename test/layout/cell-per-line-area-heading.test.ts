import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Regional statistics pasted one cell a paragraph: the label column's title first ("Område"),
 * a title wrapped over a blank line ("Summa" / "gårdar"), and a heading naming the kind of area
 * under the header ("Län"), before the first row, with or without its empty cells kept as lines
 * of a space. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => [t.labelHeader, ...t.columns.map((c) => c.header.join(' / '))];
const rowsOf = (t: Table) => t.rows.map((r) => [r.kind, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

const COUNTIES: [string, number[]][] = [
  ['Uppsala', [12, 30, 40, 8]],
  ['Örebro', [7, 21, 26, 4]],
  ['Kalmar', [9, 14, 22, 6]],
  ['Gotlands', [3, 5, 8, 1]],
  ['Skåne', [40, 61, 95, 20]],
];

describe('a heading naming a kind of area right under a header of wrapped titles', () => {
  it('keeps the label column its title and the wrapped title one column (cells a paragraph each)', () => {
    const head = ['Område', 'Gårdar med\nfår', 'Gårdar med\ngetter', 'Summa', 'gårdar', 'Lamm under\n1 år'];
    const body = COUNTIES.flatMap(([l, v]) => [l, ...v.map(String)]);
    const [t] = tablesOf(`Tabell 4. Gårdar med får och getter 2021\n\n${[...head, 'Län', ...body].join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['Område', 'Gårdar med får', 'Gårdar med getter', 'Summa gårdar', 'Lamm under 1 år']);
    expect(rowsOf(t!).slice(0, 3)).toEqual([
      ['other', 'Län', null, null, null, null],
      ['data', 'Uppsala', '12', '30', '40', '8'],
      ['data', 'Örebro', '7', '21', '26', '4'],
    ]);
    expect(t!.rows).toHaveLength(6);
  });

  it('does so where the heading row keeps its empty cells as lines of a space, and reads a second heading of another kind', () => {
    const head = ['Region', 'Bolag med\nanställda', 'Bolag utan\nanställda', 'Totalt', 'bolag', 'Nya bolag'];
    const heading = (l: string) => [l, ' ', ' ', ' ', ' '];
    const rows = (rs: [string, number[]][]) => rs.flatMap(([l, v]) => [l, ...v.map(String)]);
    const cells = [
      ...head,
      ...heading('Län'),
      ...rows(COUNTIES),
      ...heading('Storstadsområden'),
      ...rows([
        ['Stor-Stockholm', [50, 70, 110, 30]],
        ['Stor-Göteborg', [30, 40, 66, 12]],
      ]),
    ];
    const [t] = tablesOf(`Bolag per region 2022\n\n${cells.join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['Region', 'Bolag med anställda', 'Bolag utan anställda', 'Totalt bolag', 'Nya bolag']);
    expect(rowsOf(t!).map((r) => r.slice(0, 3))).toEqual([
      ['other', 'Län', null],
      ['data', 'Uppsala', '12'],
      ['data', 'Örebro', '7'],
      ['data', 'Kalmar', '9'],
      ['data', 'Gotlands', '3'],
      ['data', 'Skåne', '40'],
      ['other', 'Storstadsområden', null],
      ['data', 'Stor-Stockholm', '50'],
      ['data', 'Stor-Göteborg', '30'],
    ]);
  });

  it('keeps a lower-case title that heads a column of its own ("varav kvinnor") where the titles count the columns', () => {
    const head = ['Län', 'Anställda', 'varav kvinnor', 'Timmar'];
    const body = COUNTIES.flatMap(([l, v]) => [l, String(v[2]), String(v[0]), String(v[3])]);
    const [t] = tablesOf(`${[...head, ...body].join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['Län', 'Anställda', 'varav kvinnor', 'Timmar']);
    expect(rowsOf(t!)[0]).toEqual(['data', 'Uppsala', '40', '12', '8']);
  });
});
