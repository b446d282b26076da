import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../src/layout/text-blocks.js';
import type { Grid } from '../../src/layout/types.js';
import { countHeaderRows, headerPaths } from '../../src/tables/header.js';
import { toMatrix } from '../../src/layout/grid-matrix.js';

describe('header paths', () => {
  it('puts BUP back over its three sub-headers when tabs lost the colspan (seed 000)', () => {
    const text = 'Region\tBUP\t\t\tExkl BUP\tTotalt\n\tBefolkning 0–18 år\tPrestationskrav juli-november\tBonuspott\tBefolkning totalt\t\nStockholm\t9 540 486\t24 393 293\t41 521 360\t278 560 864\t354 016 003';
    const grid = linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 })))[0] as Grid;
    const m = toMatrix(grid);
    const n = countHeaderRows(grid, m);
    expect(n).toBe(2);
    expect(headerPaths(m, n)).toEqual([
      ['Region'],
      ['BUP', 'Befolkning 0–18 år'],
      ['BUP', 'Prestationskrav juli-november'],
      ['BUP', 'Bonuspott'],
      ['Exkl BUP', 'Befolkning totalt'],
      ['Totalt'],
    ]);
  });

  it('spreads a title over titles as far as the titles under it reach (three levels, tabs)', () => {
    const text = '\tRegionalt stöd\t\t\t\nLän\t2022\t\t2023\t\n\tAntal\tBelopp\tAntal\tBelopp\nHallands län\t4\t1 200\t5\t1 500\nSkåne län\t6\t2 400\t2\t800';
    const grid = linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 })))[0] as Grid;
    const m = toMatrix(grid);
    const n = countHeaderRows(grid, m);
    expect(n).toBe(3);
    expect(headerPaths(m, n).slice(1)).toEqual([
      ['Regionalt stöd', '2022', 'Antal'],
      ['Regionalt stöd', '2022', 'Belopp'],
      ['Regionalt stöd', '2023', 'Antal'],
      ['Regionalt stöd', '2023', 'Belopp'],
    ]);
  });

  it('ends an HTML colspan where the page ends it: the empty cell after it stays empty', () => {
    const cell = (text: string, colspan = 1) => ({ text, location: { file: 't.html' }, colspan, rowspan: 1, header: true, bold: false });
    const grid: Grid = {
      kind: 'grid',
      source: 'html',
      caption: null,
      rows: [
        { cells: [cell(''), cell('Beviljat', 2), cell('')], location: { file: 't.html' } },
        { cells: [cell('Län'), cell('Antal'), cell('Belopp'), cell('Sökt')], location: { file: 't.html' } },
      ],
    };
    expect(headerPaths(toMatrix(grid), 2)).toEqual([['Län'], ['Beviljat', 'Antal'], ['Beviljat', 'Belopp'], ['Sökt']]);
  });
});
