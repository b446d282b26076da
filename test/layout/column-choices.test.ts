import { describe, expect, it } from 'vitest';
import { columnChoices } from '../../src/layout/column-choices.js';

describe('column choices', () => {
  it('lists every increasing choice of k columns out of n, in order', () => {
    expect(columnChoices(4, 2)).toEqual([[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]);
    expect(columnChoices(3, 3)).toEqual([[0, 1, 2]]);
    expect(columnChoices(3, 0)).toEqual([[]]);
  });

  it('stops at the limit', () => {
    expect(columnChoices(10, 5).length).toBe(252);
    expect(columnChoices(10, 5, 100).length).toBe(100);
  });
});
