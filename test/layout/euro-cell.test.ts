import { describe, expect, it } from 'vitest';
import { euroCell, joinSpacedDecimal } from '../../src/layout/euro-cell.js';
import { looksNumeric } from '../../src/layout/looks-numeric.js';

/** Cells written for this test. */
describe('a cell that names euro as its currency', () => {
  it('gives the figure without the currency, a scale word written out', () => {
    expect(euroCell('1 039,50 €')?.number).toBe('1 039,50');
    expect(euroCell('212 euro')?.number).toBe('212');
    expect(euroCell('-48 EUR')?.number).toBe('-48');
    expect(euroCell('12,5 milj. euro')?.number).toBe('12,5 miljoner');
    expect(euroCell('3,2 mn €')?.number).toBe('3,2 miljoner');
    expect(euroCell('450 tusen euro')?.number).toBe('450 tusen');
  });

  it('not a label or a figure in another unit', () => {
    expect(euroCell('Europa')).toBeNull();
    expect(euroCell('EU-stöd')).toBeNull();
    expect(euroCell('1 200 kr')).toBeNull();
    expect(euroCell('2 Euroopan')).toBeNull();
  });

  it('looks numeric, so the grid is found', () => {
    expect(looksNumeric('1 039,50 €')).toBe(true);
    expect(looksNumeric('7 € ')).toBe(true);
    expect(looksNumeric('12, 5 milj. euro')).toBe(true);
    expect(looksNumeric('euro')).toBe(false);
  });
});

describe('a decimal comma with a space after it', () => {
  it('is closed up when one or two digits end the figure', () => {
    expect(joinSpacedDecimal('1 039, 50')).toBe('1 039,50');
    expect(joinSpacedDecimal('12, 5 miljoner')).toBe('12,5 miljoner');
    expect(joinSpacedDecimal('-7, 25')).toBe('-7,25');
  });

  it('not a list of figures, nor three digits after the comma', () => {
    expect(joinSpacedDecimal('2019, 2020')).toBeNull();
    expect(joinSpacedDecimal('1, 300')).toBeNull();
    expect(joinSpacedDecimal('4, 5, 6')).toBeNull();
    expect(joinSpacedDecimal('1 039,50')).toBeNull();
  });
});
