import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_COUNT, matchMunicipality } from '../../src/regions/municipalities.js';

describe('matchMunicipality', () => {
  it('knows all 290 municipalities by their SCB codes', () => {
    expect(MUNICIPALITY_COUNT).toBe(290);
    expect(matchMunicipality('Upplands Väsby')).toBe('0114');
    expect(matchMunicipality('Kiruna')).toBe('2584');
  });

  it('reads "kommun" and "stad" after the name, in the genitive or not, in any case', () => {
    expect(matchMunicipality('Lerums kommun')).toBe('1441');
    expect(matchMunicipality('Hallsberg kommun')).toBe('1861');
    expect(matchMunicipality('Göteborgs Stad')).toBe('1480');
    expect(matchMunicipality('Malung-Sälens Kommun')).toBe('2023');
    expect(matchMunicipality('Falu kommun')).toBe('2080');
    expect(matchMunicipality('Hofors kommun')).toBe('2104');
  });

  it('matches no region, misspelling or other label', () => {
    for (const label of ['Region Värmland', 'Landstinget', 'Lulea', 'Skolan', 'Kommunen']) expect(matchMunicipality(label)).toBeNull();
  });
});
