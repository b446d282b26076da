import { describe, expect, it } from 'vitest';
import { readText } from '../../src/readers/text.js';
import type { Grid, Layout } from '../../src/layout/types.js';

/**
 * A table pasted one cell a line with its borders, a label wrapped over two lines before its
 * border. Examples written here in two layouts (a line of only a border after each cell, each
 * cell ending in its own border); expected cells read off them by hand.
 */
const grids = (layout: Layout): Grid[] => layout.blocks.filter((b): b is Grid => b.kind === 'grid');
const texts = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text));

const borderLines = ['Kostnad per område, tkr', '', '|', 'Område', '|', 'Budget', '|', 'Utfall', '|', 'Gator och', 'parker', '|', '4 120', '|', '3 985', '|', 'Vatten', '|', '2 300', '|', '2 410', '|', 'Belysning', '|', '610', '|', '590', '|', 'Summa', '|', '7 030', '|', '6 985', '|', ''].join('\n');

const ownBorders = ['Platser per boendeform', '', 'Boendeform |', 'Platser |', 'Särskilt boende för', 'äldre personer |', '640 |', 'Korttidsboende |', '85 |', 'Gruppbostad |', '120 |', 'Totalt |', '845 |', ''].join('\n');

describe('a label wrapped over lines before its border, in a table pasted one cell a line', () => {
  it('reads the lines up to the border line as one cell (a border line after each cell)', () => {
    const [g] = grids(readText('a.txt', borderLines));
    expect(texts(g!)).toEqual([
      ['Område', 'Budget', 'Utfall'],
      ['Gator och parker', '4 120', '3 985'],
      ['Vatten', '2 300', '2 410'],
      ['Belysning', '610', '590'],
      ['Summa', '7 030', '6 985'],
    ]);
  });

  it('reads the lines up to the closing border as one cell (each cell ending in its own)', () => {
    const [g] = grids(readText('b.txt', ownBorders));
    expect(texts(g!)).toEqual([
      ['Boendeform', 'Platser'],
      ['Särskilt boende för äldre personer', '640'],
      ['Korttidsboende', '85'],
      ['Gruppbostad', '120'],
      ['Totalt', '845'],
    ]);
  });

  it('leaves borders that bound rows of several cells: there two lines are two cells', () => {
    // A border after each row only: no run of single lines between borders, so nothing is joined.
    const rows = ['Område', 'Budget', '|', 'Gator', '4 120', '|', 'Vatten', '2 300', '|', 'Parker', '1 100', '|', 'Summa', '7 520', '|'].join('\n');
    const g = grids(readText('c.txt', rows));
    expect(g.flatMap(texts).flat()).not.toContain('Område Budget');
  });
});
