import { describe, expect, it } from 'vitest';
import { splitGluedRun } from '../../src/layout/glued-run.js';

/** Runs of values set against one another, written for this test. */
const parts = (run: string): string[] | null => {
  const s = splitGluedRun(run);
  return s ? s.values.map((v) => run.slice(v.from, v.to)) : null;
};

describe('splitGluedRun', () => {
  it('ends a value after three digits of a longer token and opens the next with the rest', () => {
    expect(parts('7 420318 9052 115')).toEqual(['7 420', '318 905', '2 115']);
    expect(parts('1 250 000 00042 600 000')).toEqual(['1 250 000 000', '42 600 000']);
  });

  it('opens a value at a sign set against the one before, and cuts glued decimals at the row\'s count', () => {
    expect(parts('−12 044−9 870−3 001')).toEqual(['−12 044', '−9 870', '−3 001']);
    expect(parts('4,5−1,27,73,0')).toEqual(['4,5', '−1,2', '7,7', '3,0']);
  });

  it('says whether anything was glued, and refuses runs that are not digit groups', () => {
    expect(splitGluedRun('12 500')?.glued).toBe(false);
    expect(splitGluedRun('2 -990,2 -1 014,7')?.glued).toBe(false);
    expect(splitGluedRun('7 420318 905')?.glued).toBe(true);
    expect(parts('1 23 456')).toBeNull();
    expect(parts('12,5 13,2')).toBeNull();
    expect(parts('2019-2020')).toBeNull();
  });
});

describe('splitGluedRun, a decimal part running into a value with a digit group', () => {
  it('cuts the extra digits at the row\'s decimal count when a space and a group of three follow', () => {
    expect(parts('362,9-77,96 953,5')).toEqual(['362,9', '-77,9', '6 953,5']);
    expect(parts('4,812 300,0-0,5')).toEqual(['4,8', '12 300,0', '-0,5']);
    // A group of two digits after the space is no digit group: not a run of values.
    expect(parts('12,5 13,2')).toBeNull();
  });
});

describe('splitGluedRun, a nought set against the next value', () => {
  it('reads a nought before another digit as a value of its own, since no printed figure opens so', () => {
    // An empty year printed as 0 before a sale in the next column.
    expect(parts('028 450 112')).toEqual(['0', '28 450 112']);
    expect(parts('-3 115 0900')).toEqual(['-3 115 090', '0']);
    // Two empty years of a note printed as noughts at the end of a row.
    expect(parts('7 812-2 645 31000')).toEqual(['7 812', '-2 645 310', '0', '0']);
    expect(parts('03 500 000-41 200')).toEqual(['0', '3 500 000', '-41 200']);
  });

  it('keeps a nought that opens a decimal, and a lone token, as they stand', () => {
    expect(parts('0,412,7')).toEqual(['0,4', '12,7']);
    expect(parts('07')).toEqual(['07']);
  });
});
