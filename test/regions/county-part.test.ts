import { describe, expect, it } from 'vitest';
import { placeInCounty } from '../../src/regions/county-part.js';
import { matchRegion } from '../../src/regions/index.js';

describe('placeInCounty', () => {
  it('reads a municipality, with or without "kommun" or "stad", as a place in its county', () => {
    expect(placeInCounty('Malmö kommun')).toEqual({ kind: 'municipality', county: '12' });
    expect(placeInCounty('Göteborgs stad')).toEqual({ kind: 'municipality', county: '14' });
    expect(placeInCounty('Umeå')).toEqual({ kind: 'municipality', county: '24' });
    expect(placeInCounty('Östra Göinge kommun')).toEqual({ kind: 'municipality', county: '12' });
  });

  it('reads a county named with a direction before or after it as a part of the county', () => {
    expect(placeInCounty('Norra Stockholms län')).toEqual({ kind: 'county-part', county: '01' });
    expect(placeInCounty('Sydöstra Skåne')).toEqual({ kind: 'county-part', county: '12' });
    expect(placeInCounty('del av Hallands län')).toEqual({ kind: 'county-part', county: '13' });
    expect(placeInCounty('Skåne läns södra')).toEqual({ kind: 'county-part', county: '12' });
    expect(placeInCounty('Kalmar län, norra delen')).toEqual({ kind: 'county-part', county: '08' });
    expect(placeInCounty('Västerbottens län (inre)')).toEqual({ kind: 'county-part', county: '24' });
    // Two directions joined, after the county or before it.
    expect(placeInCounty('Skåne läns norra och östra')).toEqual({ kind: 'county-part', county: '12' });
    expect(placeInCounty('Södra och västra Jönköpings län')).toEqual({ kind: 'county-part', county: '06' });
  });

  it('reads no part where the label names a county itself, or a direction before what is no county', () => {
    expect(placeInCounty('Västra Götalands län')).toBeNull();
    expect(placeInCounty('Stockholm län')).toBeNull();
    expect(placeInCounty('Region Skåne')).toBeNull();
    expect(placeInCounty('Södra Sverige')).toBeNull();
    expect(placeInCounty('Norrland')).toBeNull();
  });
});

describe('a county named without the genitive s', () => {
  it('is the county, in a table label and with "län" in capitals', () => {
    expect(matchRegion('Stockholm län')).toMatchObject({ code: '01', distance: 0 });
    expect(matchRegion('Uppsala län')).toMatchObject({ code: '03', distance: 0 });
    expect(matchRegion('Västerbotten Län')).toMatchObject({ code: '24', distance: 0 });
    expect(matchRegion('Jönköping län')).toMatchObject({ code: '06', distance: 0 });
  });
});
