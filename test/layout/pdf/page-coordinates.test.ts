import { expect, it } from 'vitest';
import { assemble } from '../../../src/layout/pdf/assemble.js';
import type { Grid } from '../../../src/layout/types.js';
import { line, page, seg, tableRow } from './build.js';

it('boxes leave layout measured from the top-left corner of the page', () => {
  // A4 (842 high); a text line whose box runs from y 798 to 808 in PDF space stands 34 points below the top.
  const p = page(1, [line(800, seg('Rubrik', 60, 800)), tableRow(400, 'Uppsala', ['1 000', '2 000'], [300, 400]), tableRow(380, 'Gotland', ['3 000', '4 000'], [300, 400])]);
  const { blocks } = assemble('t.pdf', [p]);
  const text = blocks.find((b) => b.kind === 'text')!;
  expect(text.kind === 'text' && text.lines[0]!.location.box).toEqual({ x: 60, y: 34, width: 30, height: 10 });
  const grid = blocks.find((b): b is Grid => b.kind === 'grid')!;
  // "2 000" ends at x 400, 25 wide; its box 398–408 in PDF space is 434 below the top.
  expect(grid.rows[0]!.cells[2]!.location.box).toEqual({ x: 375, y: 434, width: 25, height: 10 });
});

it('a page whose view box does not start at the origin', () => {
  const p = page(1, [line(800, seg('Rubrik', 60, 800))], [10, 20, 605, 862]);
  const { blocks } = assemble('t.pdf', [p]);
  expect(blocks[0]!.kind === 'text' && blocks[0]!.lines[0]!.location.box).toEqual({ x: 50, y: 54, width: 30, height: 10 });
});
