import { describe, expect, it } from 'vitest';
import { cell, row } from '../../../src/layout/pdf/grid-parts.js';
import { markUnlabelledTotal } from '../../../src/layout/pdf/ocr-total.js';
import type { Grid } from '../../../src/layout/types.js';

/** A grid of a scanned page: a header row, then body rows [label, …values]; every cell read by OCR. */
function scanned(header: string[], body: string[][], readBy: 'ocr' | null = 'ocr'): Grid {
  const mk = (texts: string[], h: boolean) => row('x.pdf', 1, texts.map((t) => ({ ...cell('x.pdf', 1, t, [], h), ...(readBy ? { readBy } : {}) })), []);
  return { kind: 'grid', source: 'pdf', caption: null, rows: [mk(header, true), ...body.map((b) => mk(b, false))] };
}

const lastBold = (g: Grid) => g.rows[g.rows.length - 1]!.cells.every((c) => c.bold);

describe('a scanned sum row whose label OCR lost', () => {
  it('is marked as set apart when every figure is larger than every figure above it (two layouts)', () => {
    const narrow = scanned(['Region', 'Kvalitet', 'Kompetens'], [
      ['Region Stockholm', '17 642', '28 365'],
      ['Region Uppsala', '34 735', '68 167'],
      ['Region Sörmland', '67 523', '55 021'],
      ['', '119 900', '151 553'],
    ]);
    markUnlabelledTotal(narrow);
    expect(lastBold(narrow)).toBe(true);
    // Row totals beside the parts, a blank cell in the sum row, and joined digit groups.
    const wide = scanned(['Län', 'Bidrag', 'Tillägg', 'Utveckling', 'Totalt'], [
      ['Stockholms län', '62 846', '42 978', '19 536', '125 360'],
      ['Uppsala län', '6 449', '65 648', '12 181', '84 278'],
      ['Kalmar län', '33 439', '17748', '5 932', '57 119'],
      ['Gotlands län', '67 301', '30 462', '44 779', '142 542'],
      ['', '170035', '156 836', '', '409 299'],
    ]);
    markUnlabelledTotal(wide);
    expect(lastBold(wide)).toBe(true);
  });

  it('is not a sum row when a figure is not larger than those above it, or when the row has a label', () => {
    const smaller = scanned(['Region', 'A', 'B'], [
      ['Region Stockholm', '17 642', '28 365'],
      ['Region Uppsala', '34 735', '68 167'],
      ['Region Sörmland', '67 523', '55 021'],
      ['', '12 474', '151 553'],
    ]);
    markUnlabelledTotal(smaller);
    expect(lastBold(smaller)).toBe(false);
    const labelled = scanned(['Region', 'A', 'B'], [
      ['Region Stockholm', '17 642', '28 365'],
      ['Region Uppsala', '34 735', '68 167'],
      ['Region Sörmland', '67 523', '55 021'],
      ['Region Skåne', '119 900', '151 553'],
    ]);
    markUnlabelledTotal(labelled);
    expect(lastBold(labelled)).toBe(false);
  });

  it('is left alone in a table read from printed text, and under fewer than three labelled rows', () => {
    const printed = scanned(['Region', 'A', 'B'], [
      ['Region Stockholm', '17 642', '28 365'],
      ['Region Uppsala', '34 735', '68 167'],
      ['Region Sörmland', '67 523', '55 021'],
      ['', '119 900', '151 553'],
    ], null);
    markUnlabelledTotal(printed);
    expect(lastBold(printed)).toBe(false);
    const short = scanned(['Region', 'A', 'B'], [
      ['Region Stockholm', '17 642', '28 365'],
      ['Region Uppsala', '34 735', '68 167'],
      ['', '52 377', '96 532'],
    ]);
    markUnlabelledTotal(short);
    expect(lastBold(short)).toBe(false);
  });
});
