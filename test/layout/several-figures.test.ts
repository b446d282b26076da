import { describe, expect, it } from 'vitest';
import { holdsSeveralFigures } from '../../src/layout/several-figures.js';

/** Lines of figures written for this test: one value in digit groups, or a row's cells on one line. */
describe('holdsSeveralFigures', () => {
  it('reads a group of fewer than three digits inside the line as a new figure', () => {
    expect(holdsSeveralFigures('12 450 3 210 9 240')).toBe(true);
    expect(holdsSeveralFigures('2 404 300 1 210 700 1 193 600')).toBe(true);
    expect(holdsSeveralFigures('-57 -70 -155')).toBe(true);
    expect(holdsSeveralFigures('4,5 12,0')).toBe(true);
  });

  it('reads groups of three beyond any figure of a table as several figures', () => {
    expect(holdsSeveralFigures('1 404 300 710 700 693 600')).toBe(true);
    expect(holdsSeveralFigures('412 300 210 700 201 600')).toBe(true);
    expect(holdsSeveralFigures('123 456 789 012 345')).toBe(false);
  });

  it('keeps one grouped value, a decimal part or a percent one value', () => {
    expect(holdsSeveralFigures('1 404 300')).toBe(false);
    expect(holdsSeveralFigures('-12 806')).toBe(false);
    expect(holdsSeveralFigures('1 300 000 000 000')).toBe(false);
    expect(holdsSeveralFigures('3 098,9')).toBe(false);
    expect(holdsSeveralFigures('45,5 %')).toBe(false);
  });

  it('is false for words or a single number', () => {
    expect(holdsSeveralFigures('Summa 12 450')).toBe(false);
    expect(holdsSeveralFigures('2021')).toBe(false);
  });
});
