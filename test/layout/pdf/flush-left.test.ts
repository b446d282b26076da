import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../src/layout/types.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { show, textPdf } from '../../readers/pdf/build-pdf.js';

/** Numbers set flush left, as a word processor sets table cells by default: one left edge, ragged right edges. */
const at = (x: number, y: number, s: string) => `BT /F1 11 Tf 1 0 0 1 ${x} ${y} Tm ${show(s)} ET`;
const grids = (l: Layout) => l.blocks.filter((b) => b.kind === 'grid').map((g) => g.rows.map((r) => r.cells.map((c) => c.text)));

describe('a column of numbers set flush left is one column', () => {
  it('one value column: "730 000" under "1 250 000" is not a second column', async () => {
    const rows = [['Region', 'Belopp (kr)'], ['Stockholm', '1 250 000'], ['Uppsala', '730 000'], ['Gotland', '45 500'], ['Summa', '2 025 500']];
    const content = rows.flatMap((r, k) => [at(72, 700 - 18 * k, r[0]!), at(300, 700 - 18 * k, r[1]!)]).join('\n');
    const layout = await readPdf('t.pdf', textPdf([content]));
    const [grid] = grids(layout);
    // The data rows, two cells each (the header row's place is the header finder's concern).
    expect(grid!.map((cells) => cells.filter((c) => c !== '')).filter((r) => r[0] !== 'Region')).toEqual(rows.slice(1));
  });

  it('two value columns, each flush left at its own edge, stay two columns', async () => {
    const rows = [['Region', '2024', '2025'], ['Skåne', '98 000', '1 400 000'], ['Halland', '1 200 500', '75 000'], ['Totalt', '1 298 500', '1 475 000']];
    const content = rows.flatMap((r, k) => [at(72, 700 - 18 * k, r[0]!), at(250, 700 - 18 * k, r[1]!), at(380, 700 - 18 * k, r[2]!)]).join('\n');
    const layout = await readPdf('t.pdf', textPdf([content]));
    const [grid] = grids(layout);
    expect(grid!.map((cells) => cells.filter((c) => c !== ''))).toEqual(rows);
  });
});
