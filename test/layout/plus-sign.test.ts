import { describe, expect, it } from 'vitest';
import { looksNumeric } from '../../src/layout/looks-numeric.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A column of changes written with an explicit plus ("+35", "+4,5"), as election results and
 * statistics pages print differences: the plus is a sign, the cell a value. Tables written for
 * this test in three layouts; values checked by hand.
 */
const rows = (text: string): string[][] =>
  docOf({ file: 't.txt', text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);

describe('a value with an explicit plus', () => {
  it('looks numeric, a plus alone or before words does not', () => {
    expect(looksNumeric('+35')).toBe(true);
    expect(looksNumeric('+4,5')).toBe(true);
    expect(looksNumeric('+0,2%')).toBe(true);
    expect(looksNumeric('+')).toBe(false);
    expect(looksNumeric('+ moms')).toBe(false);
  });

  it('is read in a table of columns set apart by single spaces', () => {
    const text = 'Resultat per parti\n\nParti Röster Förändring\nPartiet A 93 +33\nPartiet B 106 -36\nPartiet C 305 +35\nSumma 504 +32\n';
    expect(rows(text)).toEqual([
      ['Partiet A', '93', '33'],
      ['Partiet B', '106', '-36'],
      ['Partiet C', '305', '35'],
      ['Summa', '504', '32'],
    ]);
  });

  it('splits a run of grouped figures at a plus: "1 200 +1 150" is two values', () => {
    const text = 'Nämnd Budget Förändring\nSkolnämnden 1 200 +1 150\nSocialnämnden 2 340 -40\nTekniska nämnden 560 +1 005\nSumma 4 100 +2 115\n';
    expect(rows(text)).toEqual([
      ['Skolnämnden', '1200', '1150'],
      ['Socialnämnden', '2340', '-40'],
      ['Tekniska nämnden', '560', '1005'],
      ['Summa', '4100', '2115'],
    ]);
  });

  it('is read in a space-aligned table', () => {
    const text = 'Område           Antal   Förändring\nNorra            1 987       +1\nSödra              472       -2\nVästra             481      +12\nSumma            2 940      +11\n';
    expect(rows(text)).toEqual([
      ['Norra', '1987', '1'],
      ['Södra', '472', '-2'],
      ['Västra', '481', '12'],
      ['Summa', '2940', '11'],
    ]);
  });

  it('is read in a table pasted one cell a line', () => {
    const text = 'Område\nAntal\nFörändring\nNorra\n1 987\n+1\nSödra\n472\n– 2\nVästra\n481\n+12\nSumma\n2 940\n+11\n';
    expect(rows(text)).toEqual([
      ['Norra', '1987', '1'],
      ['Södra', '472', '-2'],
      ['Västra', '481', '12'],
      ['Summa', '2940', '11'],
    ]);
  });
});
