import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Rows pasted as paragraphs, one cell a line; figures written here, sums checked by hand. */
const read = (text: string): (string | null)[][] => docOf({ text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('one row a paragraph, one cell a line', () => {
  it('reads a header of two titles and four rows (tkr in the caption)', () => {
    const text = 'Tabell 4. Anslag per län, tkr\n\nLän\nAnslag\n\nDalarnas län\n640\n\nGävleborgs län\n480\n\nVästernorrlands län\n880\n\nTotalt\n2 000\n';
    expect(read(text)).toEqual([
      ['Dalarnas län', '640000'],
      ['Gävleborgs län', '480000'],
      ['Västernorrlands län', '880000'],
      ['Totalt', '2000000'],
    ]);
  });

  it('reads a header without the label column\'s title, and a section heading between rows', () => {
    const text = '2024\n2025\n\nNorra\n\nUppsala län\n12\n14\n\nGävleborgs län\n8\n9\n\nSödra\n\nSkåne län\n30\n31\n\nSumma\n50\n54\n';
    expect(read(text)).toEqual([
      ['Norra', null, null],
      ['Uppsala län', '12', '14'],
      ['Gävleborgs län', '8', '9'],
      ['Södra', null, null],
      ['Skåne län', '30', '31'],
      ['Summa', '50', '54'],
    ]);
  });

  it('leaves paragraphs of prose and short pairs of lines alone', () => {
    const text = 'Kontakt\nPressekreterare\n\nAnna Andersson\n070-123 45 67\n\nBo Berg\n08-405 10 00\n\nCecilia Ek\n08-405 20 00\n';
    expect(docOf({ text }).tables.filter((t) => t.rows.some((r) => r.label === 'Anna Andersson'))).toEqual([]);
  });
});
