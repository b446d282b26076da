import { describe, expect, it } from 'vitest';
import { joinDoubleSpacedGroups, UNGROUPED_COLUMN } from '../../src/layout/double-spaced-groups.js';
import { readText } from '../../src/readers/text.js';
import type { Grid, Layout } from '../../src/layout/types.js';

/**
 * A figure's digit groups set two spaces apart in a column whose other figures group by one.
 * Examples written here, under wide gaps and under tabs; expected cells read off them by hand.
 */
const grids = (layout: Layout): Grid[] => layout.blocks.filter((b): b is Grid => b.kind === 'grid');
const texts = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text));
const asLines = (text: string) => text.split('\n').map((raw, k) => ({ raw, line: k + 1 }));

const aligned = [
  'Driftkostnad per enhet, tkr',
  '',
  'Enhet               2022      2023',
  'Bibliotek          3 115     3 240',
  'Simhall            8  402    8 630',
  'Kulturskola        4 870     5 015',
  'Fritidsgårdar      2 006     2 150',
  'Summa             18 393    19 035',
].join('\n');

const tabbed = ['Antal besök', '', 'Anläggning\tVår\tHöst', 'Ishall\t14 200\t16 950', 'Badhus\t21 480\t19  310', 'Sporthall\t9 305\t8 840', 'Totalt\t44 985\t45 100'].join('\n');

describe('digit groups set two spaces apart in a column that groups by one', () => {
  it('reads the figure as one cell under wide gaps, the row as wide as the others', () => {
    const [g] = grids(readText('a.txt', aligned));
    expect(texts(g!).map((r) => r.length)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(texts(g!)[2]).toEqual(['Simhall', '8 402', '8 630']);
  });

  it('reads the tabbed cell as its figure', () => {
    const [g] = grids(readText('b.txt', tabbed));
    expect(texts(g!)[2]).toEqual(['Badhus', '21 480', '19 310']);
  });

  it('keeps the figure\'s right edge', () => {
    const out = joinDoubleSpacedGroups(asLines(aligned)).lines;
    expect(out[4]!.raw).toBe('Simhall             8 402    8 630');
    expect(out[4]!.raw.length).toBe(aligned.split('\n')[4]!.length);
  });

  it('leaves a tabbed line when the column does not decide; under wide gaps joins it, the cell uncertain', () => {
    // The column's other figures are not grouped: nothing says the two spaces are a slip.
    const tabs = asLines(tabbed.replace('16 950', '16950').replace('8 840', '8840').replace('45 100', '45100'));
    expect(joinDoubleSpacedGroups(tabs).lines).toBe(tabs);
    const ungrouped = ['Enhet              2022     2023', 'Bibliotek          3115     3240', 'Simhall           8  402     8630', 'Kulturskola        4870     5015', 'Fritidsgårdar      2006     2150', 'Summa             18393    19035'].join('\n');
    const out = joinDoubleSpacedGroups(asLines(ungrouped));
    expect(out.lines[2]!.raw.trim().split(/ {2,}/)).toEqual(['Simhall', '8 402', '8630']);
    expect([...out.doubts.values()]).toEqual([{ cell: 1, why: UNGROUPED_COLUMN }]);
    const [g] = grids(readText('c.txt', ungrouped));
    expect(texts(g!)[2]).toEqual(['Simhall', '8 402', '8630']);
    expect(g!.rows[2]!.cells[1]!.uncertain).toBe(UNGROUPED_COLUMN);
    // A narrow column of its own beside a column of figures: every row has it.
    const narrow = asLines(['Enhet      Nr    Belopp', 'Bibliotek  3  115', 'Simhall    8  402', 'Summa         517'].join('\n'));
    expect(joinDoubleSpacedGroups(narrow).lines).toBe(narrow);
  });
});
