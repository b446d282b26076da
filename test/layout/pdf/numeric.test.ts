import { describe, expect, it } from 'vitest';
import { isAmountCell, isNumericCell } from '../../../src/layout/pdf/numeric.js';

describe('isNumericCell', () => {
  it('takes numbers as printed, with a footnote mark after them', () => {
    for (const t of ['9 540 486', '23,3%', '−12', '50 250²', '1 200*', '30 125 ³', '45⁽¹⁾']) expect(isNumericCell(t), t).toBe(true);
  });
  it('leaves words, a mark alone and marks of another kind', () => {
    for (const t of ['Totalt', '²', '50 250a', '1 200**** ', '12 kr', '50 250²²²²²']) expect(isNumericCell(t), t).toBe(false);
  });
});

describe('isAmountCell', () => {
  it('takes a number with its currency unit in the cell', () => {
    for (const t of ['455 200 kr', '1 115 500 kronor', '12,5 mnkr', '300 tkr', '4 100 000 SEK', '1 200:-', '45\u00a0000\u00a0kr']) expect(isAmountCell(t), t).toBe(true);
  });
  it('leaves a unit alone, words, and numbers with other words', () => {
    for (const t of ['kr', 'Totalt kr', '12 personer', '1 2 kr', 'kr 455 200']) expect(isAmountCell(t), t).toBe(false);
  });
});
