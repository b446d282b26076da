import { describe, expect, it } from 'vitest';
import { DOUBT_FEWER } from '../../src/layout/spaced-columns.js';
import { placeShortRowsBySums } from '../../src/layout/short-row-sums.js';
import type { Grid, GridCell, GridRow } from '../../src/layout/types.js';

/**
 * A wide single-spaced row short of one value, each of its cells three digit groups: every cell
 * splits four ways, so the row's readings multiply past what is tried (4^14). The row is left as
 * the reader put it, at once, rather than searched until memory runs out. Written for this test.
 */
const cell = (text: string, uncertain?: string): GridCell => ({ text, location: { file: 'case.txt', line: 1 }, colspan: 1, rowspan: 1, header: false, bold: false, ...(uncertain ? { uncertain } : {}) });
const row = (label: string, texts: string[], uncertain?: string): GridRow => ({ cells: [cell(label), ...texts.map((t) => cell(t, t === '' ? undefined : uncertain))], location: { file: 'case.txt', line: 1 } });

describe('short rows placed by sums, over rows that split too many ways', () => {
  it('leaves a wide short row of three-group cells as read', () => {
    const width = 15;
    const full = (v: string) => new Array<string>(width).fill(v);
    const shortTexts = [...new Array<string>(width - 1).fill('1 100 100'), ''];
    const grid: Grid = {
      kind: 'grid',
      source: 'spaced',
      caption: null,
      headerRows: 0,
      rows: [row('Västra', full('2 000 000')), row('Östra', shortTexts, DOUBT_FEWER), row('Summa', full('3 100 100'))],
    };
    const t0 = Date.now();
    placeShortRowsBySums(grid);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(grid.rows[1]!.cells.map((c) => c.text)).toEqual(['Östra', ...shortTexts]);
  });

  it('leaves a short row of twelve cells of four groups as read, the sum under it', () => {
    const width = 13;
    const shortTexts = [...new Array<string>(width - 1).fill('2 200 300 400'), ''];
    const grid: Grid = {
      kind: 'grid',
      source: 'spaced',
      caption: null,
      headerRows: 0,
      rows: [row('Intäkter', new Array<string>(width).fill('1 000')), row('Kostnader', shortTexts, DOUBT_FEWER), row('Totalt', [...new Array<string>(width - 1).fill('2 200 301 400'), '1 000'])],
    };
    placeShortRowsBySums(grid);
    expect(grid.rows[1]!.cells.map((c) => c.text)).toEqual(['Kostnader', ...shortTexts]);
  });
});
