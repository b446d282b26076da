import { describe, expect, it } from 'vitest';
import { sumsRowsAbove } from '../../src/layout/unlabelled-subtotal.js';

describe('sumsRowsAbove', () => {
  it('is true where each figure is its column\'s sum over two rows or more, a dash adding nothing', () => {
    expect(sumsRowsAbove(['816 510', '794 130'], [['4 210', '3 980'], ['812 300', '790 150']])).toBe(true);
    expect(sumsRowsAbove(['1 500', '1 450'], [['300', '–'], ['1 200', '1 450']])).toBe(true);
  });
  it('is false for one row, a figure that misses, or a cell that is no figure', () => {
    expect(sumsRowsAbove(['500', '480'], [['500', '480']])).toBe(false);
    expect(sumsRowsAbove(['999', '888'], [['40', '35'], ['-300', '-290'], ['500', '480']])).toBe(false);
    expect(sumsRowsAbove(['12', '10'], [['x', '5'], ['6', '5']])).toBe(false);
  });
});
