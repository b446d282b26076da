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

  it('keeps a figure whose digit groups are set apart by spaces one cell: every line is a cell', () => {
    const text = 'Kostnader per verksamhet, kronor\n\n2021\nFörändring mot föregående år\n2023\n\nGymnasieskola\n6 026 197\n7 489 991\n9 323 505\n\nFörskola\n4 494 391\n2 187 874\n5 421 339\n\nÄldreomsorg\n4 748 317\n2 727 799\n3 356 316\n\nSumma\n15 268 905\n12 405 664\n18 101 160\n';
    expect(read(text)).toEqual([
      ['Gymnasieskola', '6026197', '7489991', '9323505'],
      ['Förskola', '4494391', '2187874', '5421339'],
      ['Äldreomsorg', '4748317', '2727799', '3356316'],
      ['Summa', '15268905', '12405664', '18101160'],
    ]);
    const nb = 'Verksamhet\nUtfall 2022\nBudget 2023\n\nSkola\n1\u202f200\u202f000\n1\u202f250\u202f000\n\nVård\n800\u00a0500\n820\u00a0000\n\nKultur\n99\u00a0500\n100\u00a0000\n\nTotalt\n2\u202f100\u202f000\n2\u202f170\u202f000\n';
    expect(read(nb)).toEqual([
      ['Skola', '1200000', '1250000'],
      ['Vård', '800500', '820000'],
      ['Kultur', '99500', '100000'],
      ['Totalt', '2100000', '2170000'],
    ]);
  });

  it('leaves paragraphs of prose and short pairs of lines alone', () => {
    const text = 'Kontakt\nPressekreterare\n\nAnna Andersson\n070-123 45 67\n\nBo Berg\n08-405 10 00\n\nCecilia Ek\n08-405 20 00\n';
    expect(docOf({ text }).tables.filter((t) => t.rows.some((r) => r.label === 'Anna Andersson'))).toEqual([]);
  });
});
