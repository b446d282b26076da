import { describe, expect, it } from 'vitest';
import { isExactRegion, matchRegion } from '../../src/regions/index.js';

describe('matchRegion: a region named with a qualifier', () => {
  it.each([
    ['Stockholm (länsstyrelse)', '01'],
    ['Region Stockholm (hälso- och sjukvård)', '01'],
    ['Skåne, region', '12'],
    ['Kalmar län, länsstyrelsen', '08'],
    ['Västerbotten (landstinget)', '24'],
    ['Region Örebro län (kollektivtrafik)', '18'],
    ['Jönköpings län, regionen', '06'],
    ['Dalarna (2024)', '20'],
    // The qualifier names the same region again.
    ['Halland (Region Halland)', '13'],
    ['Gotland (Gotlands kommun)', '09'],
    // The county's own letter.
    ['Stockholms län (AB)', '01'],
    ['Norrbottens län (BD)', '25'],
    ['Västra Götalands län, O', '14'],
  ])('%s is region %s, at distance 0', (label, code) => {
    expect(matchRegion(label)).toMatchObject({ code, variant: label, distance: 0 });
    expect(isExactRegion(label)).toBe(true);
  });

  it.each([
    // Other bodies: municipalities, a university, a company.
    'Stockholm (stad)', 'Stockholm (kommun)', 'Uppsala, kommun', 'Region Uppsala (Uppsala kommun)', 'Skåne, Malmö stad',
    'Stockholm (Solna)', 'Dalarna, Falun', 'Uppsala (universitetet)', 'Gotland (rederibolag)', 'Västra Götaland (Göteborgsregionen)',
    // Parts of the county or of a sum.
    'Kalmar län (norra)', 'Västra Götaland, södra delen', 'Region Skåne (exkl. Malmö)', 'Stockholm (varav länsstyrelsen)',
    // Other regions.
    'Stockholm (Gotland)', 'Norrbotten, Västerbotten', 'Uppsala (Gävleborg och Dalarna)',
    // A figure that is no year; a misspelt name.
    'Halland (1234)', 'Stokholm (länsstyrelse)',
    // Another county's letter; a company ("ab" in small letters).
    'Stockholms län (C)', 'Uppsala län (AB)', 'Stockholm (ab)',
  ])('%s is no region', (label) => {
    expect(matchRegion(label)).toBeNull();
    expect(isExactRegion(label)).toBe(false);
  });
});
