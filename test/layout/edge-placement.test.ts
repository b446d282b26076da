import { describe, expect, it } from 'vitest';
import { placeByEdges } from '../../src/layout/edge-placement.js';

// Column right edges at characters 20, 30 and 40 (a label column, then three value columns).
const edges = [20, 30, 40];

describe('placeByEdges', () => {
  it('puts figures that end at their column edges there, certain', () => {
    expect(placeByEdges([20, 40], edges)).toEqual({ columns: [0, 2], guessed: [false, false] });
    // One character off is still at the edge.
    expect(placeByEdges([31], edges)).toEqual({ columns: [1], guessed: [false] });
  });

  it('guesses a figure standing between two edges (set left or centred)', () => {
    // 24 is 4 from 20 and 6 from 30: nearest 20, but the next edge is less than twice as far.
    expect(placeByEdges([24, 40], edges)).toEqual({ columns: [0, 2], guessed: [true, false] });
  });

  it('never writes two figures to one column: the later moves right, and every figure of the row becomes a guess', () => {
    // Both end nearest 30; the second is moved to the column after it.
    expect(placeByEdges([29, 31], edges)).toEqual({ columns: [1, 2], guessed: [true, true] });
  });

  it('keeps room for the figures after one that ends too far right', () => {
    // The first ends at the last edge but a second figure follows: the first is moved left to 1.
    expect(placeByEdges([40, 41], edges)).toEqual({ columns: [1, 2], guessed: [true, true] });
  });
});
