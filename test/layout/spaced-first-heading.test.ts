import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A single-spaced table whose first section's heading stands right under the header line, a total
 * row further down naming it ("Investeringar" … "Summa investeringar"): the heading is no header
 * line. Tables written for this test.
 */
const read = (text: string) => {
  const [t] = docOf({ file: 's.txt', text }).tables;
  return { headers: t!.columns.map((c) => c.header.join(' / ')), rows: t!.rows.filter((r) => r.cells.some((c) => c.value !== null)).map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? null)]) };
};

describe('a section heading right under the header line, named by a total row below', () => {
  it('leaves the titles to their columns (a unit as the stub\'s title, decimals and digit groups)', () => {
    const text = 'Tabell 3. Kostnader\n\nkronor Budget Utfall Prognos\nInvesteringar\nLokaler och inventarier 5 315,41 7 630,70 1 674,25\nFordon 716,19 6 359,91 4 994,17\nIT-system 1 678,48 6 897,98 5 263,85\nSumma investeringar 7 710,08 20 888,59 11 932,27\n';
    const t = read(text);
    expect(t.headers).toEqual(['Budget', 'Utfall', 'Prognos']);
    expect(t.rows).toEqual([
      ['Lokaler och inventarier', '5315.41', '7630.7', '1674.25'],
      ['Fordon', '716.19', '6359.91', '4994.17'],
      ['IT-system', '1678.48', '6897.98', '5263.85'],
      ['Summa investeringar', '7710.08', '20888.59', '11932.27'],
    ]);
  });

  it('does so over four columns with negatives and two sections, "Totalt" naming the first', () => {
    const text = 'Utfall per verksamhet\n\nMnkr Anslag Utfall Avvikelse Prognos\nDrift\nSkola 120,5 118,0 2,5 119,0\nVård 340,0 352,5 -12,5 349,0\nTotalt drift 460,5 470,5 -10,0 468,0\nInvesteringar\nLokaler 45,5 44,0 1,5 45,0\nTotalt investeringar 45,5 44,0 1,5 45,0\n';
    const t = read(text);
    expect(t.headers).toEqual(['Anslag', 'Utfall', 'Avvikelse', 'Prognos']);
    expect(t.rows.map((r) => r.slice(0, 4))).toEqual([
      ['Skola', '120500000', '118000000', '2500000'],
      ['Vård', '340000000', '352500000', '-12500000'],
      ['Totalt drift', '460500000', '470500000', '-10000000'],
      ['Lokaler', '45500000', '44000000', '1500000'],
      ['Totalt investeringar', '45500000', '44000000', '1500000'],
    ]);
  });

  it('keeps a last header line that no total row names in the header', () => {
    const text = 'Utfall per verksamhet\n\nVerksamhet Anslag Utfall Avvikelse\nPrognos\nSkola 120,5 118,0 2,5 119,0\nVård 340,0 352,5 -12,5 349,0\nKultur 45,5 44,0 1,5 45,0\nSumma 506,0 514,5 -8,5 513,0\n';
    expect(read(text).headers.join(' ')).toContain('Prognos');
  });
});
