import { describe, expect, it } from 'vitest';
import { figureCuts } from '../../src/layout/figure-cuts.js';
import { gapTokens } from '../../src/layout/gap-tokens.js';

/** Cuts of lines of figures written for this test. */
describe('figureCuts', () => {
  it('cuts by digit groups, never over a wide gap', () => {
    // "1 234 56" by one space: 1 234 | 56 or 1 | 234 56 is no figure; with the gap before 56, only 1 234 | 56.
    expect(figureCuts(gapTokens('1 234 56'), 2, 64).map((c) => c.cells)).toEqual([[[0, 2], [2, 3]]]);
    expect(figureCuts(gapTokens('12 345   678'), 2, 64).map((c) => c.cells)).toEqual([[[0, 2], [2, 3]]]);
    expect(figureCuts(gapTokens('12   345 678'), 2, 64).map((c) => c.cells)).toEqual([[[0, 1], [1, 3]]]);
  });

  it('reads a lone dash as a blank cell first, then as a sign', () => {
    expect(figureCuts(gapTokens('– 40 12'), 3, 64).map((c) => [c.signs, c.cells])).toEqual([[false, [[0, 1], [1, 2], [2, 3]]]]);
    expect(figureCuts(gapTokens('– 40 12'), 2, 64).map((c) => [c.signs, c.cells])).toEqual([[true, [[0, 2], [2, 3]]]]);
  });
});
