import { describe, expect, it } from 'vitest';
import { furnitureOf } from '../../../src/layout/pdf/furniture.js';
import type { PdfLine } from '../../../src/layout/pdf/types.js';
import { line, page, seg } from './build.js';

/**
 * A table header repeated on every page can start in the top band (A4: above 757.8), where
 * running heads stand: its lines are no furniture when the block reaches below the band with a
 * line of several headers side by side. A repeated one-line text below a running head does not
 * save the running head.
 */
describe('a table header repeated on every page is no running head', () => {
  const subHeader = (y: number) => line(y, seg('Region', 60, y), seg('Utveckling', 155, y, 45), seg('Prestation', 214, y, 44));
  const row = (y: number, n: number) => line(y, seg('Gävleborg', 60, y), seg(`${n}0 870 271`, 156, y, 45), seg('16 955 618', 213, y, 45));
  it.each([
    ['one group header line', () => [line(773.7, seg('Riktade medel', 170, 773.7, 60))], 758.7],
    ['a group header wrapped over two lines', () => [line(790, seg('Riktade', 175, 790, 40)), line(776, seg('medel 2026', 168, 776, 55))], 756],
  ])('%s: the header lines are kept, the running head above them goes', (_, group, subY) => {
    const pages = [2, 3].map((n) => page(n, [line(815, seg('Socialdepartementet', 450, 815, 90)), ...(group() as PdfLine[]), subHeader(subY), row(subY - 30, n)]));
    expect(furnitureOf(pages).map((l) => [l.page, l.text])).toEqual([
      [2, 'Socialdepartementet'],
      [3, 'Socialdepartementet'],
    ]);
  });

  it('a repeated one-line text under the running head (a sender block) does not keep the running head', () => {
    const pages = [1, 3].map((n) => page(n, [line(769.7, seg('Socialdepartementet', 60, 769.7, 90)), line(749.6, seg('Socialdepartementet', 60, 749.6, 90)), line(727.7, seg(`Brev ${n}`, 60, 727.7, 40))]));
    expect(furnitureOf(pages).map((l) => [l.page, l.text])).toEqual([
      [1, 'Socialdepartementet'],
      [3, 'Socialdepartementet'],
    ]);
  });
});
