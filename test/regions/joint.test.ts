import { describe, expect, it } from 'vitest';
import { jointRegions } from '../../src/regions/joint.js';

/** Rows naming two or three counties together; labels written here. */
const codes = (label: string): string[] | null => jointRegions(label)?.map((r) => r.code) ?? null;

describe('jointRegions', () => {
  it('reads two counties sharing "län", two short names, and three regions in a list', () => {
    expect(codes('Stockholms och Gotlands län')).toEqual(['01', '09']);
    expect(codes('Västra Götaland och Halland')).toEqual(['14', '13']);
    expect(codes('Region Jönköping, Kronoberg och Kalmar')).toEqual(['06', '07', '08']);
    expect(codes('Blekinge & Skåne')).toEqual(['10', '12']);
  });

  it('is no joint row when a part is not a region, is misspelt, or names the same region twice', () => {
    expect(codes('Stockholm och övriga landet')).toBeNull();
    expect(codes('Uppsla och Gävleborg')).toBeNull();
    expect(codes('Gotland och Region Gotland')).toBeNull();
    expect(codes('Region Skåne')).toBeNull();
    expect(codes('Forskning och utveckling')).toBeNull();
  });
});
