import { describe, expect, it } from 'vitest';
import { columnUnit } from '../../src/tables/units.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A column that counts in thousands ("Antal, tusental", "Folkmängd (1000-tal)"): its figures are
 * thousands of persons or things, never kronor. Tables written for this test, values by hand.
 */
const read = (file: string, text: string) => {
  const [t] = docOf({ file, text }).tables;
  return { units: t!.columns.map((c) => c.unit), rows: t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]) };
};

describe('a count in thousands', () => {
  it('is a count or persons scaled by a thousand, whatever the header\'s punctuation', () => {
    expect(columnUnit('Antal (tusental)')).toEqual({ unit: 'count', scale: 1e3 });
    expect(columnUnit('Antal, tusental')).toEqual({ unit: 'count', scale: 1e3 });
    expect(columnUnit('Folkmängd (1000-tal)')).toEqual({ unit: 'persons', scale: 1e3 });
    // Money stays money, a count without thousands stays as written.
    expect(columnUnit('Belopp (tusental kronor)')).toEqual({ unit: 'SEK', scale: 1e3 });
    expect(columnUnit('Antal')).toEqual({ unit: 'count', scale: 1 });
  });

  it('reads a single-spaced table\'s counts in thousands and not in kronor', () => {
    const text = 'Sysselsatta efter län\n\nLän Antal (tusental) Andel (%)\nUppsala län 101 51,5\nGotlands län 15 7,7\nHallands län 80 40,8\nTotalt 196 100,0\n';
    expect(read('t.txt', text)).toEqual({
      units: ['count', 'percent'],
      rows: [
        ['Uppsala län', '101000', '51.5'],
        ['Gotlands län', '15000', '7.7'],
        ['Hallands län', '80000', '40.8'],
        ['Totalt', '196000', '100'],
      ],
    });
  });

  it('reads a GFM table\'s counts in thousands', () => {
    const text = '| Län | Antal, tusental | Andel, % |\n|---|---|---|\n| Uppsala län | 101 | 51,5 |\n| Gotlands län | 15 | 7,7 |\n| Hallands län | 80 | 40,8 |\n';
    expect(read('t.md', text).rows).toEqual([
      ['Uppsala län', '101000', '51.5'],
      ['Gotlands län', '15000', '7.7'],
      ['Hallands län', '80000', '40.8'],
    ]);
  });
});
