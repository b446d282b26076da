import { describe, expect, it } from 'vitest';
import { excludedRegions } from '../../../src/rules/support/excluded-regions.js';

describe('regions a document leaves out', () => {
  it('reads the names after "exkl.", "utom" and "med undantag av"', () => {
    expect([...excludedRegions(['Samtliga regioner exkl. Gotland får del av medlen.'])]).toEqual(['09']);
    expect([...excludedRegions(['Alla regioner utom Region Jämtland Härjedalen och Region Kalmar län.'])]).toEqual(['23', '08']);
    expect([...excludedRegions(['Bidraget går till regionerna med undantag av Region Uppsala.'])]).toEqual(['03']);
  });

  it('takes the names from the next sentence when the exclusion only counts them', () => {
    expect([...excludedRegions(['Alla regioner utom tre regioner har uppfyllt kraven.', 'Dessa är Gotland, Halland och Blekinge.'])]).toEqual(['09', '13', '10']);
  });

  it('finds nothing without an exclusion', () => {
    expect([...excludedRegions(['Medlen fördelas till Gotland och Halland.'])]).toEqual([]);
  });
});
