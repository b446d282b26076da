import { describe, expect, it } from 'vitest';
import { damagedRegion } from '../../src/tables/damaged-region.js';
import { matchRegion } from '../../src/regions/index.js';
import { docOf } from '../rules/rule-tester.js';

const R = '\uFFFD';

describe('a region name that lost one letter to U+FFFD', () => {
  it('is the one region a Swedish letter in its place names, kept as a variant (distance 1)', () => {
    expect(damagedRegion(`${R}rebro`, matchRegion)).toMatchObject({ code: '18', distance: 1, variant: `${R}rebro` });
    expect(damagedRegion(`Region J${R}nköping`, matchRegion)).toMatchObject({ code: '06', distance: 1 });
    expect(damagedRegion(`V${R}stra Götalands län`, matchRegion)).toMatchObject({ code: '14', distance: 1 });
  });

  it('is nothing when no letter, or two replacements, make a region', () => {
    expect(damagedRegion(`Sm${R}land`, matchRegion)).toBeNull();
    expect(damagedRegion(`${R}sterg${R}tland`, matchRegion)).toBeNull();
    expect(damagedRegion('Uppsala', matchRegion)).toBeNull();
  });

  it('gives a table row its region in a tab table and in spaced lines', () => {
    const tab = docOf({ file: 'a.txt', text: `Län\tSkattesats\nUppsala\t21,04\n${R}rebro\t22,10\nKalmar\t21,86\n` }).tables[0]!;
    expect(tab.rows.map((r) => r.region?.code ?? null)).toEqual(['03', '18', '08']);
    const spaced = docOf({ file: 'b.txt', text: `Län                  Kommun     Region\n${R}stergötlands         20,20      11,55\nGotlands             22,10      11,00\nKalmar               21,00      11,86\n` }).tables[0]!;
    expect(spaced.rows.map((r) => [r.label, r.region?.code ?? null, r.region?.distance])).toEqual([
      [`${R}stergötlands`, '05', 1],
      ['Gotlands', '09', 0],
      ['Kalmar', '08', 0],
    ]);
  });
});
