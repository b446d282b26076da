import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../../src/layout/pdf/assemble.js';
import type { Grid } from '../../../src/layout/types.js';
import { FastPdf } from '../../../src/readers/pdf/fast/document.js';
import { readPdf } from '../../../src/readers/pdf/index.js';

const HEADER = ['Region', 'Befolkning november 2023', 'Nära vård (kronor)', 'Ambulans (kronor)', 'Totalt (kronor)'];
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const rowTexts = (g: Grid) => g.rows.map((r) => r.cells.map((c) => sp(c.text)));

describe.each(['lo', 'chromium'])('bordered table with centred numbers, printed by %s', (variant) => {
  const file = `test/fixtures/pdf/ruled.${variant}.pdf`;
  const bytes = () => new Uint8Array(readFileSync(file));

  it('columns and rows come from the rules: one header row with wrapped headers, ten body rows', async () => {
    const layout = await readPdf(file, bytes());
    const grids = layout.blocks.filter((b): b is Grid => b.kind === 'grid');
    expect(grids).toHaveLength(1);
    const g = grids[0]!;
    expect(g.headerRows).toBe(1);
    const rows = rowTexts(g);
    expect(rows[0]).toEqual(HEADER);
    expect(rows[1]).toEqual(['Region Stockholm', '2 455 914', '500 798 626', '8 757 963', '509 556 589']);
    expect(rows.find((r) => r[0]!.startsWith('Region Jönköpings'))).toEqual(['Region Jönköpings län', '369 201', '94 440 921', '1 741 431', '96 182 352']);
    expect(rows.at(-1)).toEqual(['Totalt', '4 516 983', '975 242 738', '19 188 267', '994 431 005']);
    expect(rows).toHaveLength(10);
    expect(g.caption?.text).toBe('Tabell 1. Medel till regionerna');
    // The paragraph under the table stays prose.
    const prose = layout.blocks.flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : []));
    expect(prose).toContain('Medlen betalas ut under december 2024.');
    for (const cell of g.rows[1]!.cells) expect(cell.location.box!.width).toBeGreaterThan(0);
  });

  // Whitespace alone misread LibreOffice's print (its wrapped, centred header), which is why the
  // rules are read; since a header may reach past the numbers set flush left under it, it reads
  // both prints right as well.
  it('whitespace analysis alone reads both prints too', () => {
    const doc = new FastPdf(bytes());
    const pages = Array.from({ length: doc.numPages }, (_, k) => ({ ...doc.page(k + 1), rulings: undefined }));
    const grids = assemble(file, pages).blocks.filter((b): b is Grid => b.kind === 'grid');
    const wrong = grids.length !== 1 || JSON.stringify(rowTexts(grids[0]!)[0]) !== JSON.stringify(HEADER) || grids[0]!.rows.length !== 10;
    expect(wrong).toBe(false);
  });
});
