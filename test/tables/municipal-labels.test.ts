import { describe, expect, it } from 'vitest';
import { namesMunicipalities } from '../../src/tables/municipal-labels.js';
import { docOf } from '../rules/rule-tester.js';

/** Municipalities whose names are also counties' short names, among municipalities only. Written for this test. */
describe('a table of municipalities', () => {
  it('is told from a table of counties by the labels that name municipalities only', () => {
    expect(namesMunicipalities(['Kalmar', 'Nybro', 'Emmaboda', 'Summa'])).toBe(true);
    expect(namesMunicipalities(['Falun kommun', 'Borlänge kommun', 'Uppsala kommun'])).toBe(true);
    // Counties in short forms, or a county named alone among them: counties.
    expect(namesMunicipalities(['Stockholm', 'Uppsala', 'Kalmar'])).toBe(false);
    expect(namesMunicipalities(['Kalmar', 'Nybro', 'Emmaboda', 'Skåne'])).toBe(false);
    // One town among counties is not enough.
    expect(namesMunicipalities(['Kalmar', 'Uppsala', 'Nybro'])).toBe(false);
  });
  const regionsOf = (file: string, text: string) => docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, r.region?.code ?? null]);
  it('gives "Kalmar" no county in a GFM table of municipalities', () => {
    const text = '| Kommun | Bidrag (kr) |\n|---|---|\n| Kalmar | 1 200 000 |\n| Nybro | 400 000 |\n| Emmaboda | 300 000 |\n| Summa | 1 900 000 |\n';
    expect(regionsOf('t.md', text)).toEqual([
      ['Kalmar', null],
      ['Nybro', null],
      ['Emmaboda', null],
      ['Summa', null],
    ]);
  });
  it('gives "Uppsala" no county in a tab table of municipalities, and keeps counties in a county table', () => {
    expect(regionsOf('t.txt', 'Kommun\tBelopp\nUppsala\t2 100\nEnköping\t800\nTierp\t500\nTotalt\t3 400\n')).toEqual([
      ['Uppsala', null],
      ['Enköping', null],
      ['Tierp', null],
      ['Totalt', null],
    ]);
    expect(regionsOf('t.txt', 'Län\tBelopp\nUppsala\t2 100\nKalmar\t800\nSkåne\t500\nTotalt\t3 400\n')).toEqual([
      ['Uppsala', '03'],
      ['Kalmar', '08'],
      ['Skåne', '12'],
      ['Totalt', null],
    ]);
  });
  it('leaves the codes of a code column to tell a county row from municipalities', () => {
    const text = '| Kod | Namn | Folkmängd |\n|---|---|---|\n| 01 | Stockholm | 2 400 |\n| 0127 | Botkyrka | 96 |\n| 0162 | Danderyd | 32 |\n| 0125 | Ekerö | 29 |\n';
    expect(regionsOf('t.md', text)[0]).toEqual(['Stockholm', '01']);
  });
});
