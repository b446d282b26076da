import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

const R = '\uFFFD';

describe('a table row whose region name lost a letter to U+FFFD (matched in src/regions)', () => {
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
