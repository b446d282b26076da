import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/readers/markdown.js';
import { readText } from '../../src/readers/text.js';
import type { Grid, Layout } from '../../src/layout/types.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Several GFM tables printed one under the other with no blank line between them, each with its
 * own header and delimiter row. Examples written here in two layouts; expected cells read off them.
 */
const grids = (layout: Layout): Grid[] => layout.blocks.filter((b): b is Grid => b.kind === 'grid');
const texts = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text));

// Open rows (no leading pipe), as a web page exported to text gives them.
const openRows = [
  'Flerårsöversikt, mnkr',
  'Intäkter | 2023 | 2022 |',
  '---|---|---|',
  'Hyror | 410 | 395 |',
  'Övrigt | 12 | 15 |',
  'Summa intäkter | 422 | 410 |',
  'Nyckeltal | 2023 | 2022 |',
  '---|---|---|',
  'Antal lägenheter | 3 120 | 3 085 |',
  'Vakanser | 41 | 37 |',
].join('\n');

// Closed rows with aligned delimiter cells, in a Markdown file; three tables.
const closedRows = [
  '| Nämnd | Budget | Utfall |',
  '|:------|-------:|-------:|',
  '| Kommunstyrelsen | 88,5 | 90,1 |',
  '| Socialnämnden | 402,0 | 398,7 |',
  '| Investeringar | Budget | Utfall |',
  '|:---|---:|---:|',
  '| Skolor | 55,0 | 49,2 |',
  '| Gator | 20,5 | 23,0 |',
  '| Summa | 75,5 | 72,2 |',
  '| Personal | Antal | Andel |',
  '|---|---|---|',
  '| Tillsvidare | 1 204 | 91 |',
].join('\n');

describe('stacked GFM tables', () => {
  it('splits open pipe rows at each later delimiter row, the row above it the new header', () => {
    const gs = grids(readText('a.txt', openRows));
    expect(gs.map(texts)).toEqual([
      [
        ['Intäkter', '2023', '2022'],
        ['Hyror', '410', '395'],
        ['Övrigt', '12', '15'],
        ['Summa intäkter', '422', '410'],
      ],
      [
        ['Nyckeltal', '2023', '2022'],
        ['Antal lägenheter', '3 120', '3 085'],
        ['Vakanser', '41', '37'],
      ],
    ]);
    expect(gs.map((g) => g.headerRows)).toEqual([1, 1]);
    expect(gs[1]!.rows[0]!.cells.every((c) => c.header)).toBe(true);
    expect(gs[1]!.rows[1]!.cells.some((c) => c.header)).toBe(false);
  });

  it('splits closed rows with aligned delimiters into three tables; no year or dash is read as a value', () => {
    const gs = grids(readMarkdown('b.md', closedRows));
    expect(gs.map((g) => g.rows.length)).toEqual([3, 4, 2]);
    expect(texts(gs[1]!)[0]).toEqual(['Investeringar', 'Budget', 'Utfall']);
    const doc = docOf({ file: 'b.md', text: closedRows });
    expect(doc.tables).toHaveLength(3);
    expect(doc.tables.flatMap((t) => t.rows.map((r) => r.label))).toEqual(['Kommunstyrelsen', 'Socialnämnden', 'Skolor', 'Gator', 'Summa', 'Tillsvidare']);
    // The second table's total reconciles: 55,0 + 20,5 = 75,5 and 49,2 + 23,0 = 72,2.
    expect(findingsOf(columnTotal, [{ file: 'b.md', text: closedRows }])).toEqual([]);
  });

  it('still flags a wrong total in a later table of the stack', () => {
    const wrong = closedRows.replace('| Summa | 75,5 | 72,2 |', '| Summa | 75,5 | 74,2 |');
    const fs = findingsOf(columnTotal, [{ file: 'b.md', text: wrong }]);
    expect(fs).toHaveLength(1);
    expect(fs[0]!.location.line).toBe(9);
  });

  it('leaves a single table with one delimiter row as it was', () => {
    const one = closedRows.split('\n').slice(0, 4).join('\n');
    expect(grids(readMarkdown('c.md', one)).map(texts)).toEqual([
      [
        ['Nämnd', 'Budget', 'Utfall'],
        ['Kommunstyrelsen', '88,5', '90,1'],
        ['Socialnämnden', '402,0', '398,7'],
      ],
    ]);
  });

  // The next table's header broken over lines, a few titles a line, right under the last row of the
  // table above (open rows, as a web page exported to text gives them).
  const brokenOpen = [
    'Bidrag per kommun',
    'Kommun | Invånare | Bidrag, tkr |',
    '---|---|---|',
    'Alby | 12 400 | 3 100 |',
    'Bergby | 8 200 | 2 050 |',
    'Summa | 20 600 | 5 150 |',
    'Region | Invånare 2022 |',
    'Invånare 2023 |',
    'Förändring |',
    '---|---|---|---|',
    'Norr | 250 100 | 249 600 | -500 |',
    'Söder | 310 400 | 312 000 | +1 600 |',
  ].join('\n');

  it('joins a header broken over lines above a later delimiter row into one header row', () => {
    const gs = grids(readText('d.txt', brokenOpen));
    expect(gs.map(texts)).toEqual([
      [
        ['Kommun', 'Invånare', 'Bidrag, tkr'],
        ['Alby', '12 400', '3 100'],
        ['Bergby', '8 200', '2 050'],
        ['Summa', '20 600', '5 150'],
      ],
      [
        ['Region', 'Invånare 2022', 'Invånare 2023', 'Förändring'],
        ['Norr', '250 100', '249 600', '-500'],
        ['Söder', '310 400', '312 000', '+1 600'],
      ],
    ]);
    expect(gs.map((g) => g.headerRows)).toEqual([1, 1]);
  });

  // Closed rows in a Markdown file: the second header breaks after its years, the first table's
  // last row holds a label only (no figure), which is no title of the header below.
  const brokenClosed = [
    '| Avgift | 2023 | 2024 |',
    '|---|---:|---:|',
    '| Bygglov | 41,2 | 44,0 |',
    '| Tillsyn | 12,5 | 13,1 |',
    '| Övrigt | | |',
    '| Taxa | 2023 |',
    '| 2024 |',
    '|---|---:|---:|',
    '| Timavgift | 1 150 | 1 210 |',
    '| Grundavgift | 600 | 620 |',
  ].join('\n');

  it('takes years as titles of a broken header and stops at a row that is no title row', () => {
    const gs = grids(readMarkdown('e.md', brokenClosed));
    expect(gs.map(texts)).toEqual([
      [
        ['Avgift', '2023', '2024'],
        ['Bygglov', '41,2', '44,0'],
        ['Tillsyn', '12,5', '13,1'],
        ['Övrigt', '', ''],
      ],
      [
        ['Taxa', '2023', '2024'],
        ['Timavgift', '1 150', '1 210'],
        ['Grundavgift', '600', '620'],
      ],
    ]);
  });

  // A table of codes and names under a broken header, whose rows leave out their empty cells.
  const codedParts = [
    'Antal elever',
    'Kod | Skola | Elever 2023 | Andel 2023 |',
    '---|---|---|---|',
    'AB | Alfaskolan | 120 | 40,0% |',
    'Kod | Skola | Elever 2023 |',
    'Elever +/- |',
    'Elever 2022 |',
    '---|---|---|---|---|',
    'AB | Alfaskolan | 120 | +4 | 116 |',
    'BC | Betaskolan | 95 | -3 | 98 |',
    'CD | Cetaskolan | 85 | +3 | 82 |',
    'EF | Epsilonskolan | -12 | 12 | |',
    'Summa | 300 | 308 |',
  ].join('\n');

  it('places the cells of rows that left out their empty ones by the columns of their own part', () => {
    const doc = docOf({ file: 'f.txt', text: codedParts });
    const last = doc.tables[doc.tables.length - 1]!;
    expect(last.columns.map((c) => c.header.join(' '))).toEqual(['Elever 2023', 'Elever +/-', 'Elever 2022']);
    expect(last.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? null)])).toEqual([
      ['Alfaskolan', '120', '4', '116'],
      ['Betaskolan', '95', '-3', '98'],
      ['Cetaskolan', '85', '3', '82'],
      ['Epsilonskolan', null, '-12', '12'],
      ['Summa', '300', null, '308'],
    ]);
  });
});
