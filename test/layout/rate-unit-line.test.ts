import { describe, expect, it } from 'vitest';
import { isRateUnit } from '../../src/layout/rate-unit-line.js';

describe('a sentence that is only a unit per head', () => {
  it('is read in the forms fact pages and news pages write it', () => {
    expect(isRateUnit('Kronor per invånare.')).toBe(true);
    expect(isRateUnit('Antal per 1 000 invånare')).toBe(true);
    expect(isRateUnit('Kr/inv.')).toBe(true);
    expect(isRateUnit('kr per elev:')).toBe(true);
  });

  it('is not a title, an amount or a sentence that only mentions a rate', () => {
    expect(isRateUnit('Kronor')).toBe(false);
    expect(isRateUnit('Belopp i tusen kronor')).toBe(false);
    expect(isRateUnit('Kostnaden var 4 200 kronor per invånare.')).toBe(false);
    expect(isRateUnit('Kommunala kostnader för skola per invånare 2022')).toBe(false);
  });
});
