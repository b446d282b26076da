import { describe, expect, it } from 'vitest';
import { detectRegionPairs } from '../../src/layout/region-pairs.js';
import type { SourceLine } from '../../src/layout/source-line.js';
import type { Grid } from '../../src/layout/types.js';
import { isRegionLabel } from '../../src/readers/region-label.js';

/** Region tables pasted one cell a line in the shapes region-pairs.ts reads, written for this test. */
const lines = (text: string): SourceLine[] => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const read = (text: string) => detectRegionPairs('t.txt', lines(text), 0, isRegionLabel);
const texts = (g: Grid) => g.rows.map((r) => r.cells.map((c) => c.text));

describe('detectRegionPairs', () => {
  it('reads label / value pairs with a blank line after each row, under a header, with a total', () => {
    const found = read('Län\nTusental kronor\n\nKalmar län\n1 200\n\nGotlands län\n400\n\nHallands län\n900\n\nSumma\n2 500\n\nKälla: länsstyrelserna.');
    expect(texts(found!.grid)).toEqual([
      ['Län', 'Tusental kronor'],
      ['Kalmar län', '1 200'],
      ['Gotlands län', '400'],
      ['Hallands län', '900'],
      ['Summa', '2 500'],
    ]);
    expect(found!.grid.headerRows).toBe(1);
    expect(found!.end).toBe(14);
  });

  it('reads pairs without a header when rows are set apart', () => {
    const found = read('Region Dalarna\n4,0\n\nRegion Gävleborg\n3,5\n\nRegion Värmland\n2,5\n');
    expect(texts(found!.grid)).toEqual([
      ['Region Dalarna', '4,0'],
      ['Region Gävleborg', '3,5'],
      ['Region Värmland', '2,5'],
    ]);
  });

  it('reads three rows one cell a line, tight or a blank line after every cell, under a header', () => {
    expect(texts(read('Belopp i mnkr\n2024\nUppsala\n12\nSkåne\n30,5\nKalmar\n8\n')!.grid)).toHaveLength(4);
    expect(texts(read('Region\n\nBidrag (kr)\n\nUppsala\n\n12 000\n\nSkåne\n\n30 500\n\nKalmar\n\n8 000\n')!.grid)).toEqual([
      ['Region', 'Bidrag (kr)'],
      ['Uppsala', '12 000'],
      ['Skåne', '30 500'],
      ['Kalmar', '8 000'],
    ]);
  });

  it('leaves pairs of other labels, two regions, and tight runs without a header alone', () => {
    expect(read('Kultur\n12\n\nSkola\n30\n\nVård\n8\n')).toBeNull();
    expect(read('Uppsala\n12\n\nSkåne\n30\n')).toBeNull();
    expect(read('Uppsala\n12\nSkåne\n30\nKalmar\n8\n')).toBeNull();
    // Rows set apart unevenly: a pair's cells apart, the next together.
    expect(read('Uppsala\n\n12\nSkåne\n30\n\nKalmar\n8\n')).toBeNull();
  });
});
