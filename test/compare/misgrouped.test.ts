import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { couldExplain } from '../../src/compare/misgrouped.js';

const m = (v: string) => new Decimal(v);

describe('couldExplain', () => {
  it('a difference of at least 0.45 of the figure may come from another reading', () => {
    expect(couldExplain(m('1000'), new Decimal(450))).toBe(true);
    expect(couldExplain(m('1000'), new Decimal(-450))).toBe(true);
    expect(couldExplain(m('1000'), new Decimal(449))).toBe(false);
    // "544 99 160" read as 54 499 160: 9 kr off cannot come from a digit lost or added.
    expect(couldExplain(m('54499160'), new Decimal(9))).toBe(false);
    expect(couldExplain(m('54499160'), new Decimal(490492440))).toBe(true);
  });

  it('every digit added or removed moves a figure by at least 0.45 of it', () => {
    // The bound the rule rests on, checked over figures and every position and digit.
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 999_999_999 }), fc.nat(), fc.integer({ min: 0, max: 9 }), (n, at, d) => {
        const s = String(n);
        const i = at % (s.length + 1);
        const added = s.slice(0, i) + String(d) + s.slice(i);
        const j = at % s.length;
        const removed = s.slice(0, j) + s.slice(j + 1);
        for (const other of [added, removed]) {
          const diff = new Decimal(other).minus(n);
          if (!diff.isZero()) expect(couldExplain(m(String(n)), diff)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
