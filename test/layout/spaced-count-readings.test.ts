import { describe, expect, it } from 'vitest';
import { countReadings } from '../../src/layout/spaced-columns.js';

/** Runs of digit groups written for this test; the readings counted by hand. */
describe('countReadings (spaced-columns.ts)', () => {
  it('counts the ways a run of groups reads as so many values', () => {
    const run = ['1', '234', '567'];
    // 1 234 567 | 1 234, 567 and 1, 234 567 | 1, 234, 567
    expect([1, 2, 3].map((n) => countReadings(run, n, false, 1000))).toEqual([1, 2, 1]);
    // A decimal part closes its value: "12,5" never takes the group after it.
    expect([1, 2].map((n) => countReadings(['12,5', '300'], n, false, 1000))).toEqual([0, 1]);
    // A dash right before a figure is its sign: as three values, only 4, 100 and −7.
    expect(countReadings(['4', '100', '–', '7'], 3, false, 1000)).toBe(1);
    expect(countReadings(['4', '100', '–', '7'], 2, false, 1000)).toBe(1);
  });

  it('stops counting at the cap, so a wide row of small groups costs no more than that', () => {
    const wide = Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? '12' : '345'));
    expect(countReadings(wide, 20, false, 5000)).toBe(5000);
  });
});
