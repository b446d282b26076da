import { describe, expect, it } from 'vitest';
import { splitLostBreaks } from '../../src/layout/lost-line-break.js';
import { readText } from '../../src/readers/text.js';
import type { Grid, Layout } from '../../src/layout/types.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A figure set against the next heading, the line break between them lost when a web page
 * became text. Examples written here in two layouts; expected cells read off them by hand.
 */
const grids = (layout: Layout): Grid[] => layout.blocks.filter((b): b is Grid => b.kind === 'grid');
const texts = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text));

// Capitals glued to the last figure; years newest first.
const capitals = [
  'RESULTAT, Mkr 2023 2022 2021',
  'Hyror 310 298 290',
  'Övriga intäkter 4 6 5',
  'Kostnader -280 -270 -262',
  'Årets resultat 34 34 33BALANS, Mkr 2023 2022 2021',
  'Fastigheter 1 510 1 480 1 402',
  'Kassa 22 41 38',
  'Summa tillgångar 1 532 1 521 1 440',
].join('\n');

// A capitalised heading glued to the last figure; years oldest first; a row glued mid-table.
const capitalised = [
  'Nyckeltal 2020 2021 2022',
  'Soliditet, % 41,0 42,5 44,1',
  'Räntetäckning, ggr 6,1 5,8 5,2',
  'Likviditet, % 88 91 95Skuldsättning 2020 2021 2022',
  'Låneskuld, mnkr 700 650 600',
  'Borgen, mnkr 1 200 1 150 1 100',
  'Pensionsskuld, mnkr 310 305 300',
].join('\n');

describe('a lost line break between a figure and the next heading', () => {
  it('cuts the line after the figure; the part after it keeps its own column', () => {
    const out = splitLostBreaks([{ raw: 'Årets resultat 34 34 33BALANS, Mkr 2023 2022 2021', line: 5 }]);
    expect(out.map((l) => [l.raw, l.line, l.column ?? 1])).toEqual([
      ['Årets resultat 34 34 33', 5, 1],
      ['', 5, 24],
      ['BALANS, Mkr 2023 2022 2021', 5, 24],
    ]);
  });

  it('leaves units, codes, a figure alone on its line and prose with one figure alone', () => {
    for (const raw of ['3 098,9Bidrag till infrastruktur', 'Elproduktion 12 15GWh', 'Anslag 2 400 100MSEK', 'Not 1A 0,0 1,1', 'Sedan 2021Kommunen har vuxit.']) {
      expect(splitLostBreaks([{ raw, line: 1 }]).map((l) => l.raw)).toEqual([raw]);
    }
  });

  it('reads the two tables of the capitals layout under their own headers (no year read as an amount)', () => {
    const gs = grids(readText('a.txt', capitals));
    expect(gs.map((g) => texts(g)[0])).toEqual([
      ['RESULTAT, Mkr', '2023', '2022', '2021'],
      ['BALANS, Mkr', '2023', '2022', '2021'],
    ]);
    expect(texts(gs[0]!)[4]).toEqual(['Årets resultat', '34', '34', '33']);
    const doc = docOf({ file: 'a.txt', text: capitals });
    const values = doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.value?.toString())));
    expect(values).not.toContain('2023000000');
  });

  it('reads the two tables of the capitalised layout under their own headers', () => {
    const gs = grids(readText('b.txt', capitalised));
    expect(gs.map(texts)).toEqual([
      [
        ['Nyckeltal', '2020', '2021', '2022'],
        ['Soliditet, %', '41,0', '42,5', '44,1'],
        ['Räntetäckning, ggr', '6,1', '5,8', '5,2'],
        ['Likviditet, %', '88', '91', '95'],
      ],
      [
        ['Skuldsättning', '2020', '2021', '2022'],
        ['Låneskuld, mnkr', '700', '650', '600'],
        ['Borgen, mnkr', '1 200', '1 150', '1 100'],
        ['Pensionsskuld, mnkr', '310', '305', '300'],
      ],
    ]);
  });
});
