import { describe, expect, it } from 'vitest';
import { printedDecimals } from '../../src/layout/printed-decimals.js';

/** Runs of a row's figure tokens, written for this test. */
const runs = (...rows: string[]): string[][] => rows.map((r) => r.split(' '));

describe('printedDecimals', () => {
  it('finds the one decimal every figure prints', () => {
    expect(printedDecimals(runs('– 20,5 – 15,2', '2,3 0,4', '14 – 0,2 0,0', '1 204,5 980,1'))).toBe(1);
  });
  it('finds two decimals, a row ending in a dash aside', () => {
    expect(printedDecimals(runs('3,25 4,10', '0,05 –', '12,40 11,95', '7,00 6,50', '1,75 2,00'))).toBe(2);
  });
  it('gives null where a row ends in a whole number', () => {
    expect(printedDecimals(runs('– 20,5 – 15,2', '2,3 4', '1,1 0,4', '1 204,5 980,1'))).toBeNull();
  });
  it('gives null where figures print different decimals', () => {
    expect(printedDecimals(runs('20,5 15,25', '2,3 0,4', '1,1 0,4', '7,5 9,5'))).toBeNull();
  });
  it('gives null for too few rows', () => {
    expect(printedDecimals(runs('20,5 15,2', '2,3 0,4', '1,1 0,4'))).toBeNull();
  });
});
