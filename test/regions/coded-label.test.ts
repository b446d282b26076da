import { describe, expect, it } from 'vitest';
import { matchCodedRegion } from '../../src/regions/index.js';
import { docOf } from '../rules/rule-tester.js';

/** Rows named after the county's code, as statistics tables print them. Written for this test. */
describe('a region named after its county code (coded-label.ts)', () => {
  it("takes the number or letter code when it is the region's own", () => {
    expect(matchCodedRegion('01 Stockholms län')?.code).toBe('01');
    expect(matchCodedRegion('25 Norrbotten')?.code).toBe('25');
    expect(matchCodedRegion('AB Stockholms län')?.code).toBe('01');
    expect(matchCodedRegion('BD Norrbottens län')?.code).toBe('25');
    expect(matchCodedRegion('12 - Skåne län')?.code).toBe('12');
    expect(matchCodedRegion('AB Stockholms län')?.variant).toBe('AB Stockholms län');
  });

  it("leaves a code that is not the region's, a municipality code and a plain name to others", () => {
    // A rank or row number before the name: not a county code.
    expect(matchCodedRegion('03 Stockholms län')).toBeNull();
    expect(matchCodedRegion('C Stockholms län')).toBeNull();
    expect(matchCodedRegion('0114 Upplands Väsby')).toBeNull();
    expect(matchCodedRegion('01 Upplands Väsby')).toBeNull();
    expect(matchCodedRegion('Stockholms län')).toBeNull();
  });

  it('reads a spaced table whose rows carry the county number before the name', () => {
    const text = ['Medel per län, tkr', '', 'Län Belopp', '01 Stockholms län 12 400', '03 Uppsala län 3 100', '04 Södermanlands län 2 050', 'Summa 17 550', ''].join('\n');
    const [t] = docOf({ file: 'a.txt', text }).tables;
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual(['01', '03', '04', null]);
  });

  it('reads the same in another layout: a GFM table with county letters', () => {
    const text = '| Län | Antal |\n|---|---|\n| AB Stockholms län | 1 204 |\n| C Uppsala län | 402 |\n| BD Norrbottens län | 310 |\n| Riket | 1 916 |\n';
    const [t] = docOf({ file: 'b.md', text }).tables;
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual(['01', '03', '25', null]);
  });

  it("takes Statistics Sweden's region codes with an L, Gotland's four digits and an L", () => {
    expect(matchCodedRegion('01L Region Stockholm')?.code).toBe('01');
    expect(matchCodedRegion('14L Västra Götalandsregionen')?.code).toBe('14');
    expect(matchCodedRegion('0980L Region Gotland')?.code).toBe('09');
    expect(matchCodedRegion('25L Norrbottens län')?.code).toBe('25');
    // Not the region's own code, or a municipality's code without the L.
    expect(matchCodedRegion('03L Region Stockholm')).toBeNull();
    expect(matchCodedRegion('0180L Region Uppsala')).toBeNull();
    expect(matchCodedRegion('0980 Region Gotland')).toBeNull();
  });

  it('reads a table of regions coded so, as a spaced table and as a GFM table', () => {
    const spaced = ['Nettokostnad per region, mnkr', '', 'Region 2021 2022', '03L Region Uppsala 17 100,5 17 900,2', '0980L Region Gotland 2 200,0 2 350,4', '20L Region Dalarna 11 050,8 11 420,1', ''].join('\n');
    expect(docOf({ file: 'c.txt', text: spaced }).tables[0]!.rows.map((r) => r.region?.code ?? null)).toEqual(['03', '09', '20']);
    const gfm = '| Region | Antal |\n|---|---|\n| 12L Region Skåne | 1 204 |\n| 13L Region Halland | 402 |\n| 24L Region Västerbotten | 310 |\n';
    expect(docOf({ file: 'd.md', text: gfm }).tables[0]!.rows.map((r) => r.region?.code ?? null)).toEqual(['12', '13', '24']);
  });
});

describe('isExactRegion (match.ts)', () => {
  it('says what matchRegion says at distance 0, misspellings left out', async () => {
    const { isExactRegion, matchRegion } = await import('../../src/regions/index.js');
    for (const label of ['Region Skåne', 'Stockholms län', 'Regionen Stockholm', 'Västra Götalandsregionen', 'Gotland', 'Skåen', 'Orebro', 'Kommunstyrelsen', '', 'Region Skåne*']) {
      expect(isExactRegion(label), label).toBe((matchRegion(label)?.distance ?? -1) === 0);
    }
    expect(isExactRegion('Skåen')).toBe(false);
    expect(matchRegion('Skåen')?.code).toBe('12');
  });

  it('rejects a label with more letters than any region spelling, but not one long only by markup or spaces', async () => {
    const { isExactRegion, matchRegion } = await import('../../src/regions/index.js');
    const sentence = 'Regeringen har i dag beslutat att fördela pengarna till Region Skåne och Stockholms län';
    expect(isExactRegion(sentence)).toBe(false);
    expect(matchRegion(sentence)).toBeNull();
    // Long by its tags, entities or padding only: still the region.
    expect(isExactRegion('<span class="region-name region-name--highlighted">Stockholms län</span>')).toBe(true);
    expect(matchRegion('Region&nbsp;Västra&nbsp;Götaland&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;')?.code).toBe('14');
    expect(isExactRegion(`Jämtland Härjedalen${' '.repeat(60)}1)`)).toBe(true);
  });
});
