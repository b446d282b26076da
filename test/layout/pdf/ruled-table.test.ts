import { describe, expect, it } from 'vitest';
import { ruledTables } from '../../../src/layout/pdf/ruled-table.js';
import type { PdfLine, Ruling, Segment } from '../../../src/layout/pdf/types.js';

const seg = (text: string, x: number, baseline: number, width = text.length * 5): Segment => {
  const box = { x, y: baseline - 2, width, height: 10 };
  return { text, box, size: 10, parts: [{ text, box }] };
};
const line = (baseline: number, ...segments: Segment[]): PdfLine => ({
  page: 1,
  text: segments.map((s) => s.text).join(' '),
  segments,
  baseline,
  box: { x: segments[0]!.box.x, y: baseline - 2, width: Math.max(...segments.map((s) => s.box.x + s.box.width)) - segments[0]!.box.x, height: 10 },
  size: 10,
});
const h = (y: number, x1 = 0, x2 = 300): Ruling => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1 = 0, y2 = 60): Ruling => ({ x1: x, y1, x2: x, y2 });

describe('ruled tables', () => {
  it('cells from the rules; a missing rule in a band makes a colspan; text outside stays out', () => {
    // Header band 60-40 with "Medel" over columns 1-2 (no rule at x=200 there), body bands 40-20, 20-0.
    const rulings = [h(60), h(40), h(20), h(0), v(0), v(100), v(200, 0, 40), v(300), v(200, 38, 40.5)];
    const lines = [
      line(80, seg('Tabell 1', 0, 80)),
      line(48, seg('Region', 5, 48), seg('Medel', 170, 48)),
      line(28, seg('Uppsala', 5, 28), seg('1 000', 140, 28), seg('2 000', 230, 28)),
      line(8, seg('Totalt', 5, 8), seg('1 000', 140, 8), seg('2 000', 230, 8)),
    ];
    const { grids, used } = ruledTables('f.pdf', 1, lines, rulings);
    expect(grids).toHaveLength(1);
    const g = grids[0]!.grid;
    expect(g.headerRows).toBe(1);
    expect(g.rows.map((r) => r.cells.map((c) => `${c.text}/${c.colspan}`))).toEqual([
      ['Region/1', 'Medel/2'],
      ['Uppsala/1', '1 000/1', '2 000/1'],
      ['Totalt/1', '1 000/1', '2 000/1'],
    ]);
    expect(g.rows[0]!.cells.every((c) => c.header)).toBe(true);
    expect(used.has(lines[0]!)).toBe(false);
    expect(used.size).toBe(3);
  });

  it('a segment running over a rule is split at its runs', () => {
    const joined: Segment = {
      text: 'Gotland 61 093',
      box: { x: 5, y: 6, width: 150, height: 10 },
      size: 10,
      parts: [
        { text: 'Gotland', box: { x: 5, y: 6, width: 80, height: 10 } },
        { text: '61 093', box: { x: 110, y: 6, width: 45, height: 10 } },
      ],
    };
    const rulings = [h(40), h(20), h(0), v(0), v(100), v(200)];
    const lines = [line(28, seg('Region', 5, 28), seg('Antal', 110, 28)), line(8, joined)];
    const g = ruledTables('f.pdf', 1, lines, rulings).grids[0]!.grid;
    expect(g.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Region', 'Antal'],
      ['Gotland', '61 093'],
    ]);
  });

  it('a trailing space whose advance reaches over the rule leaves the text in its own cell', () => {
    // A number cell: ink 150–198, the space after it takes the run to 201, over the rule at 200.
    const numberRuns = [h(40), h(20), h(0), v(0), v(100), v(200), v(300)];
    const numberLines = [
      line(28, seg('Region', 5, 28), seg('Belopp', 110, 28), seg('Totalt', 210, 28)),
      line(8, seg('Kalmar', 5, 8), seg('4 045 101 ', 150, 8, 51), seg('9 000 000', 240, 8)),
    ];
    const numbers = ruledTables('f.pdf', 1, numberLines, numberRuns).grids[0]!.grid;
    expect(numbers.rows.map((r) => r.cells.map((c) => c.text.trim()))).toEqual([
      ['Region', 'Belopp', 'Totalt'],
      ['Kalmar', '4 045 101', '9 000 000'],
    ]);
    // A label cell: ink 5–97, its trailing space to 103.6, over the rule at 100.
    const labelRuns = [h(40), h(20), h(0), v(0), v(100), v(200)];
    const labelLines = [line(28, seg('Län', 5, 28), seg('Antal', 150, 28)), line(8, seg('Gotland ', 5, 8, 98.6), seg('61 093', 160, 8))];
    const labels = ruledTables('f.pdf', 1, labelLines, labelRuns).grids[0]!.grid;
    expect(labels.rows.map((r) => r.cells.map((c) => c.text.trim()))).toEqual([
      ['Län', 'Antal'],
      ['Gotland', '61 093'],
    ]);
  });

  it('a framed box of prose, or rules that do not form cells, is not a table', () => {
    const box = [h(40), h(0), v(0), v(300)];
    expect(ruledTables('f.pdf', 1, [line(20, seg('Observera att beloppen är preliminära.', 5, 20))], box).grids).toHaveLength(0);
    const noNumbers = [h(40), h(20), h(0), v(0), v(100), v(200)];
    expect(ruledTables('f.pdf', 1, [line(28, seg('a', 5, 28), seg('b', 110, 28)), line(8, seg('c', 5, 8), seg('d', 110, 8))], noNumbers).grids).toHaveLength(0);
    expect(ruledTables('f.pdf', 1, [line(28, seg('a', 5, 28))], [h(10, 0, 50), v(200, 0, 5)]).grids).toHaveLength(0);
  });
});
