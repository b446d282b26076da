import { describe, expect, it } from 'vitest';
import { matchCodedRegion } from '../../src/regions/index.js';
import { gluedCountyLetter } from '../../src/regions/glued-county-letter.js';
import { docOf } from '../rules/rule-tester.js';

/** County letters glued to the county's name, as PDF text runs them together. Written for this test. */
describe('a county letter glued to the name (glued-county-letter.ts)', () => {
  it('splits the letters where a capital and a small letter open the name', () => {
    expect(gluedCountyLetter('ABStockholm')).toEqual({ letters: 'AB', code: '01', name: 'Stockholm' });
    expect(gluedCountyLetter('CUppsala län')).toEqual({ letters: 'C', code: '03', name: 'Uppsala län' });
    expect(gluedCountyLetter('EÖstergötland')).toEqual({ letters: 'E', code: '05', name: 'Östergötland' });
    // Not a county letter (A, Q), or no name after the letters.
    expect(gluedCountyLetter('AStockholm')).toBeNull();
    expect(gluedCountyLetter('QUppsala')).toBeNull();
    expect(gluedCountyLetter('AB')).toBeNull();
    expect(gluedCountyLetter('Stockholm')).toBeNull();
  });

  it("takes the region only when the letters are the region's own", () => {
    expect(matchCodedRegion('ABStockholm')?.code).toBe('01');
    expect(matchCodedRegion('BDNorrbottens län')?.code).toBe('25');
    expect(matchCodedRegion('ABStockholm')?.variant).toBe('ABStockholm');
    expect(matchCodedRegion('CStockholm')).toBeNull();
    expect(matchCodedRegion('ABUppsala län')).toBeNull();
  });

  it('reads a table whose rows run letter, name and figure together', () => {
    const text = ['Bidrag per län, kronor', '', 'ABStockholm4 909 326', 'CUppsala1 234 567', 'EÖstergötland1 020 000', 'Summa7 163 893', ''].join('\n');
    const [t] = docOf({ file: 'a.txt', text }).tables;
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual(['01', '03', '05', null]);
    expect(t!.rows.map((r) => r.cells.at(-1)?.value?.toString() ?? null)).toEqual(['4909326', '1234567', '1020000', '7163893']);
  });

  it('reads the same in another layout: tab-separated, with the county written out', () => {
    const text = ['Medel per län (tkr)', '', 'Län\tBelopp', 'MSkåne län\t9 800', 'OVästra Götalands län\t11 200', 'ZJämtlands län\t2 300', 'XGävleborgs län\t1 700', 'Totalt\t25 000', ''].join('\n');
    const [t] = docOf({ file: 'b.txt', text }).tables;
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual(['12', '14', '23', '21', null]);
  });
});
