import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/readers/markdown.js';
import { readText } from '../../src/readers/text.js';
import type { Grid, Layout } from '../../src/layout/types.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Pipe rows without a delimiter row, as pasted from web pages and statistics databases.
 * Examples written here in several layouts; every expected cell read off the example by hand.
 */
const grids = (layout: Layout): Grid[] => layout.blocks.filter((b): b is Grid => b.kind === 'grid');
const texts = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text));

const spacedMd = [
  'Fördelning av medel till regionerna, tusental kronor',
  '',
  '| Region | 2024 | 2025 |',
  '| Uppsala | 1 200 | 1 300 |',
  '| Gotland | 450* | 500 |',
  '| Totalt | 1 650 | 1 800 |',
  '',
  'Källa: egen sammanställning.',
].join('\n');

const tightTwoHeaderTxt = [
  'Antal platser per län',
  '|Län|Platser|Varav nya|',
  '|   |antal|antal|',
  '|Skåne län|75 (varav 40 under 2025)|40|',
  '|Hallands län|..|5|',
  '|Summa|120|45|',
].join('\n');

describe('pipe rows without a delimiter row', () => {
  it('reads a Markdown paragraph of spaced pipe rows as a grid with one header row and a total row', () => {
    const [g, ...rest] = grids(readMarkdown('a.md', spacedMd));
    expect(rest).toEqual([]);
    expect(g!.source).toBe('gfm');
    expect(g!.headerRows).toBe(1);
    expect(texts(g!)).toEqual([
      ['Region', '2024', '2025'],
      ['Uppsala', '1 200', '1 300'],
      ['Gotland', '450*', '500'],
      ['Totalt', '1 650', '1 800'],
    ]);
    expect(g!.rows[0]!.cells.every((c) => c.header)).toBe(true);
    expect(g!.rows[1]!.cells.some((c) => c.header)).toBe(false);
    expect(g!.caption?.text).toBe('Fördelning av medel till regionerna, tusental kronor');
    // Places point at the value in the source line: "1 200" starts at column 13 of line 4.
    expect(g!.rows[1]!.cells[1]!.location).toMatchObject({ line: 4, column: 13, endColumn: 18 });
  });

  it('reads tight pipe rows in a text file with a two-row header, notes and blanks', () => {
    const [g, ...rest] = grids(readText('b.txt', tightTwoHeaderTxt));
    expect(rest).toEqual([]);
    expect(g!.headerRows).toBe(2);
    expect(texts(g!)).toEqual([
      ['Län', 'Platser', 'Varav nya'],
      ['', 'antal', 'antal'],
      ['Skåne län', '75 (varav 40 under 2025)', '40'],
      ['Hallands län', '..', '5'],
      ['Summa', '120', '45'],
    ]);
  });

  it('gives the cells the same handling as a GFM table: notes kept, blanks uncertain, the total checked', () => {
    const [t] = docOf({ file: 'a.md', text: spacedMd }).tables;
    expect(t!.rows.map((r) => [r.label, r.kind])).toEqual([
      ['Uppsala', 'data'],
      ['Gotland', 'data'],
      ['Totalt', 'total'],
    ]);
    expect(t!.scale).toBe(1000);
    expect(t!.rows[1]!.cells[0]!.note).toBe('*');
    expect(t!.rows[1]!.cells[0]!.value?.toString()).toBe('450000');
    const [u] = docOf({ file: 'b.txt', text: tightTwoHeaderTxt }).tables;
    expect(u!.rows[0]!.cells[0]!.note).toBe('(varav 40 under 2025)');
    expect(u!.rows[0]!.cells[0]!.value?.toString()).toBe('75');
    expect(u!.rows[1]!.cells[0]!.value).toBeNull();
    // 40 + 5 = 45 holds; the first column has ".." in it, so it cannot be an error.
    expect(findingsOf(columnTotal, [{ file: 'b.txt', text: tightTwoHeaderTxt }]).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports a total row that does not add up, in both layouts', () => {
    const wrongMd = spacedMd.replace('| Totalt | 1 650 | 1 800 |', '| Totalt | 1 650 | 1 900 |');
    const md = findingsOf(columnTotal, [{ file: 'a.md', text: wrongMd }]);
    expect(md.map((f) => [f.severity, f.location.line])).toEqual([['error', 6]]);
    const wrongTxt = '| Kommun | Belopp, kr |\n| Ale | 10 500 |\n| Lerum | 20 250 |\n| Summa | 31 750 |\n';
    const txt = findingsOf(columnTotal, [{ file: 'c.txt', text: wrongTxt }]);
    expect(txt.map((f) => [f.severity, f.location.line])).toEqual([['error', 4]]);
  });

  it('takes the first row as header even when it holds years, and reads an escaped pipe as part of the cell', () => {
    const text = 'Intro.\n| A \\| B | 2024 | 2025 |\n| C | 3 | 4 |\n| D | 5 | 6 |\n';
    const [g] = grids(readText('d.txt', text));
    expect(g!.headerRows).toBe(1);
    expect(texts(g!)).toEqual([
      ['A | B', '2024', '2025'],
      ['C', '3', '4'],
      ['D', '5', '6'],
    ]);
  });

  it('reads a copy that lost its header (first row holds amounts) with no header row', () => {
    const text = '| Ale | 1 200 | 1 300 |\n| Lerum | 2 500 | 2 600 |\n| Summa | 3 700 | 3 900 |\n';
    const [g] = grids(readMarkdown('g.md', text));
    expect(g!.headerRows).toBe(0);
    expect(g!.rows.flatMap((r) => r.cells).some((c) => c.header)).toBe(false);
    expect(texts(g!)[0]).toEqual(['Ale', '1 200', '1 300']);
  });

  it('lets a group label written only on the first row of its group span the group, in two layouts', () => {
    const md = [
      '| Kommun | Kön | 2023 | 2024 |',
      '| Ale | Män | 120 | 130 |',
      '| Kvinnor | 100 | 110 |',
      '| Totalt | 220 | 240 |',
      '| Lerum | Män | 80 | 85 |',
      '| Kvinnor | 70 | 75 |',
    ].join('\n');
    const [g] = grids(readMarkdown('h.md', md));
    expect(g!.headerRows).toBe(1);
    expect(g!.rows.map((r) => r.cells.length)).toEqual([4, 4, 3, 3, 4, 3]);
    expect(g!.rows.map((r) => r.cells[0]!.rowspan)).toEqual([1, 3, 1, 1, 2, 1]);
    const tight = '|Län|Man|5 000|\n|Kvinna|4 000|\n|Totalt|9 000|\n|Riket|Man|7 000|\n|Kvinna|6 500|\n';
    const [u] = grids(readText('i.txt', tight));
    expect(u!.headerRows).toBe(0);
    expect(texts(u!)).toEqual([['Län', 'Man', '5 000'], ['Kvinna', '4 000'], ['Totalt', '9 000'], ['Riket', 'Man', '7 000'], ['Kvinna', '6 500']]);
    expect(u!.rows.map((r) => r.cells[0]!.rowspan)).toEqual([3, 1, 1, 2, 1]);
    // The spans make whole rows: the label joins both columns and every amount stays in its column.
    const [t] = docOf({ file: 'i.txt', text: tight }).tables;
    expect(t!.rows.map((r) => [r.label, r.cells.map((c) => c.value?.toString() ?? null)])).toEqual([
      ['Län | Man', ['5000']],
      ['Län | Kvinna', ['4000']],
      ['Län | Totalt', ['9000']],
      ['Riket | Man', ['7000']],
      ['Riket | Kvinna', ['6500']],
    ]);
  });

  it('keeps prose with pipes, two-row runs and unequal cell counts as text', () => {
    const cases = [
      'Se avsnitt 3 | Bilaga 2 | Tabell 4 för detaljer.\nIngen | tabell | här.\nOch | inte | här heller.\n',
      '| Region | Belopp |\n| Uppsala | 1 200 |\n\nMer text.\n',
      '| Region | Belopp |\n| Uppsala | 1 200 | 300 |\n| Gotland | 450 |\n',
      '| Region |\n| Uppsala |\n| Gotland |\n',
      // Counts that differ by two, or a short row whose first cell holds a number.
      '| a | b | c | d |\n| e | f |\n| g | h | i | j |\n',
      '| a | b | 1 |\n| 2 | 3 |\n| c | 4 |\n',
    ];
    for (const text of cases) {
      expect(grids(readText('e.txt', text)), text).toEqual([]);
      expect(grids(readMarkdown('e.md', text)), text).toEqual([]);
    }
  });

  it('leaves a real GFM table to remark', () => {
    const text = '| Region | Belopp |\n| --- | ---: |\n| Uppsala | 1 200 |\n| Gotland | 450 |\n';
    const [g, ...rest] = grids(readMarkdown('f.md', text));
    expect(rest).toEqual([]);
    expect(texts(g!)).toEqual([
      ['Region', 'Belopp'],
      ['Uppsala', '1 200'],
      ['Gotland', '450'],
    ]);
  });
});
