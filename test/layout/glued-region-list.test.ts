import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { normalizeLabel } from '../../src/regions/normalize.js';
import { docOf } from '../rules/rule-tester.js';

/** Region lists whose bullets are set right against the region's name, in wordings and layouts written for this test. */
const rows = (t: Table) => t.rows.map((r) => [r.label, r.region?.name ?? null, r.cells[0]?.value?.toFixed() ?? null]);

describe('region lists with glued bullets', () => {
  it('reads "•Region X: n mnkr" items as a region list, not a plain list', () => {
    const [t] = docOf({ text: 'Pengarna fördelas så här:\n\n•Region Skåne: 3 mnkr\n•Region Halland: 1,5 mnkr\n•Region Blekinge: 2 mnkr\n' }).tables;
    expect(t!.alsoProse).toBeUndefined();
    expect(rows(t!)).toEqual([
      ['Region Skåne', 'Region Skåne', '3000000'],
      ['Region Halland', 'Region Halland', '1500000'],
      ['Region Blekinge', 'Region Blekinge', '2000000'],
    ]);
  });

  it('reads "*Name amount" and "-Name – amount" items, blank lines between them too', () => {
    const [t] = docOf({ text: 'Bidrag per län\n\n*Uppsala 1,2 miljoner kronor\n\n*Gävleborg 0,8 miljoner kronor\n\n*Dalarna 2,4 miljoner kronor\n' }).tables;
    expect(t!.alsoProse).toBeUndefined();
    expect(rows(t!).map((r) => r[2])).toEqual(['1200000', '800000', '2400000']);
    expect(rows(t!).every((r) => r[1] !== null)).toBe(true);
    const [u] = docOf({ text: 'Stödet går till tre regioner.\n\n-Gotland – 4,5 mnkr\n-Kalmar län – 3 mnkr\n-Region Kronoberg – 2,25 mnkr\n' }).tables;
    expect(u!.alsoProse).toBeUndefined();
    expect(rows(u!)).toEqual([
      ['Gotland', 'Region Gotland', '4500000'],
      ['Kalmar län', 'Region Kalmar län', '3000000'],
      ['Region Kronoberg', 'Region Kronoberg', '2250000'],
    ]);
  });

  it('reads spaced en dash and minus bullets as the block reader does: a region list', () => {
    for (const text of ['Fördelning:\n\n– Region Skåne: 3 mnkr\n– Region Halland: 1,5 mnkr\n– Region Blekinge: 2 mnkr\n', 'Så här:\n\n− Uppsala 3 mnkr\n− Gävleborg 1,5 mnkr\n− Dalarna 2 mnkr\n']) {
      const [t] = docOf({ text }).tables;
      expect(t!.alsoProse).toBeUndefined();
      expect(t!.rows.every((r) => r.region !== null)).toBe(true);
      expect(t!.rows.map((r) => r.cells[0]?.value?.toFixed())).toEqual(['3000000', '1500000', '2000000']);
    }
  });

  it('leaves short runs of glued marks as they were', () => {
    // Two items are no run: no region list from glued marks.
    expect(docOf({ text: 'Två regioner:\n\n•Region Skåne: 3 mnkr\n•Region Halland: 1,5 mnkr\n' }).tables.filter((t) => t.rows.some((r) => r.region))).toEqual([]);
  });

  it('takes a glued bullet off a label before a region is looked up, spaced or glued', () => {
    expect(normalizeLabel('•Region Skåne')).toBe('region skåne');
    expect(normalizeLabel('-Gotland')).toBe('gotland');
    expect(normalizeLabel('• Uppsala')).toBe('uppsala');
    expect(normalizeLabel('+Västernorrland')).toBe('västernorrland');
  });
});
