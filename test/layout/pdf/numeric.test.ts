import { describe, expect, it } from 'vitest';
import { isNumericCell } from '../../../src/layout/pdf/numeric.js';

describe('isNumericCell', () => {
  it('takes numbers as printed, with a footnote mark after them', () => {
    for (const t of ['9 540 486', '23,3%', '−12', '50 250²', '1 200*', '30 125 ³', '45⁽¹⁾']) expect(isNumericCell(t), t).toBe(true);
  });
  it('leaves words, a mark alone and marks of another kind', () => {
    for (const t of ['Totalt', '²', '50 250a', '1 200**** ', '12 kr', '50 250²²²²²']) expect(isNumericCell(t), t).toBe(false);
  });
});
