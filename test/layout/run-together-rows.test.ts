import { describe, expect, it } from 'vitest';
import { splitRunTogetherRows } from '../../src/layout/run-together-rows.js';
import { readText } from '../../src/readers/text.js';
import type { Grid, Layout } from '../../src/layout/types.js';

/**
 * Several rows of a table run together on one short line, the other rows one a line. Examples
 * written here in two layouts (tabs, wide gaps); expected cells read off them by hand.
 */
const grids = (layout: Layout): Grid[] => layout.blocks.filter((b): b is Grid => b.kind === 'grid');
const texts = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text));

// Tabs between the cells, one value column; the run-together line lost its tabs too.
const tabbed = ['Län\tAnslag', 'Kalmar\t4 250', 'Jönköping 6 100 Kronoberg 3 075', 'Halland\t5 900', 'Totalt\t19 325'].join('\n');

// Cells set right under wide gaps, two value columns; a lost line break between two rows.
const aligned = [
  'Verksamhet           2023     2024',
  'Grundskola          1 410    1 480',
  'Förskola 820 845 Gymnasium 1 105 1 150',
  'Fritidshem            210      215',
  'Summa               3 545    3 690',
].join('\n');

describe('rows run together on one line of a table', () => {
  it('cuts a tabbed table\'s line at its labels, each part one value', () => {
    const [g] = grids(readText('a.txt', tabbed));
    expect(texts(g!)).toEqual([
      ['Län', 'Anslag'],
      ['Kalmar', '4 250'],
      ['Jönköping', '6 100'],
      ['Kronoberg', '3 075'],
      ['Halland', '5 900'],
      ['Totalt', '19 325'],
    ]);
    expect(g!.problems ?? []).toEqual([]);
  });

  it('cuts an aligned table\'s line where each part groups into the two columns one way only', () => {
    const [g] = grids(readText('b.txt', aligned));
    expect(texts(g!).slice(1, 5)).toEqual([
      ['Grundskola', '1 410', '1 480'],
      ['Förskola', '820', '845'],
      ['Gymnasium', '1 105', '1 150'],
      ['Fritidshem', '210', '215'],
    ]);
  });

  it('marks the figures of rows cut from one line uncertain, in both layouts, and no others', () => {
    // Where one row ended was not printed, so a sum over these figures can be a warning at most.
    for (const [text, cutLabels] of [
      [tabbed, ['Jönköping', 'Kronoberg']],
      [aligned, ['Förskola', 'Gymnasium']],
    ] as const) {
      const [g] = grids(readText('c.txt', text));
      const uncertain = g!.rows.filter((r) => r.cells.slice(1).some((c) => c.uncertain)).map((r) => r.cells[0]!.text);
      expect(uncertain).toEqual(cutLabels);
    }
  });

  it('keeps the line\'s number and each part\'s own column', () => {
    const lines = aligned.split('\n').map((raw, k) => ({ raw, line: k + 1 }));
    const out = splitRunTogetherRows(lines).lines;
    expect(out.filter((l) => l.line === 3).map((l) => l.column)).toEqual([1, 18]);
  });

  it('leaves a line whose parts group more ways than one or none, and names it in the table', () => {
    // "Kronoberg 3 075 2": no grouping gives one value; "400 450 110" in two columns groups two ways.
    const none = tabbed.replace('3 075', '3 075 2');
    const two = aligned.replace('Gymnasium 1 105 1 150', 'Gymnasium 400 450 110');
    for (const [text, label] of [
      [none, 'Jönköping 6 100 Kronoberg 3 075 2'],
      [two, 'Förskola 820 845 Gymnasium 400 450 110'],
    ] as const) {
      const lines = text.split('\n').map((raw, k) => ({ raw, line: k + 1 }));
      const r = splitRunTogetherRows(lines);
      expect(r.lines).toBe(lines);
      expect(r.doubts.map((d) => d.raw)).toEqual([label]);
      const problems = grids(readText('c.txt', text)).flatMap((g) => g.problems ?? []);
      expect(problems.map((p) => p.location.line)).toEqual([3]);
      expect(problems[0]!.message).toContain(label);
    }
  });

  it('leaves prose and a line outside a table alone', () => {
    const prose = ['Kalmar\t4 250', 'Totalt fick Jönköping 6 100 och Kronoberg 3 075.', 'Halland\t5 900', 'Totalt\t19 325'].join('\n');
    const lines = prose.split('\n').map((raw, k) => ({ raw, line: k + 1 }));
    expect(splitRunTogetherRows(lines)).toEqual({ lines, doubts: [], cut: new Set() });
    const alone = [{ raw: 'Jönköping 6 100 Kronoberg 3 075', line: 1 }];
    expect(splitRunTogetherRows(alone).lines).toBe(alone);
  });
});
