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
});
