import { describe, expect, it } from 'vitest';
import { columnUnit } from '../../src/tables/units.js';
import { docOf } from '../rules/rule-tester.js';

/** A column of places in a ranking beside amounts, written for this test in two layouts. */
const units = (text: string, file: string) => docOf({ file, text }).tables[0]!.columns.map((c) => [c.header.join(' '), c.unit, c.scale]);

describe('a ranking column in a table of money', () => {
  it('takes the titles of a place in a ranking as an ordinal count', () => {
    for (const h of ['Ranking', 'Rangordning', 'Placering 2023', 'rankning']) expect(columnUnit(h)).toEqual({ unit: 'count', scale: 1 });
    // A word that only begins like one names something else.
    expect(columnUnit('Rangerbidrag')).toBeNull();
  });

  it('keeps the ranks out of the table’s kronor in a tab table under a unit line', () => {
    const text = ['Stöd per län, miljoner kronor', 'Län\tBeviljat\tPer invånare (kr)\tRanking', 'Gotland\t5,1\t89\t1', 'Kalmar\t11,8\t50\t2', 'Skåne\t37,8\t29\t3', ''].join('\n');
    expect(units(text, 'a.txt')).toEqual([
      ['Beviljat', 'SEK', 1e6],
      ['Per invånare (kr)', 'SEK', 1],
      ['Ranking', 'count', 1],
    ]);
  });

  it('keeps the ranks out of a GFM table whose cells carry their unit', () => {
    const text = ['| Region | Bidrag | Placering |', '|---|---|---|', '| Uppsala | 20,7 mkr | 1 |', '| Halland | 4,7 mkr | 2 |', '| Örebro | 13,8 mkr | 3 |', ''].join('\n');
    expect(units(text, 'b.md').map((c) => c[1])).toEqual(['SEK', 'count']);
  });
});
