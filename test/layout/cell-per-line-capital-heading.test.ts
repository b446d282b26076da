import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A section heading in capitals right under the header of a table pasted one cell a line. */
describe('a heading in capitals opening the rows', () => {
  it.each([
    ['with blank lines between cells', '\n\n'],
    ['with a heading ending in a colon beside it, no blank lines', '\n'],
  ])('stays a heading row %s', (name, sep) => {
    const second = name.includes('colon') ? 'Västra Svealand:' : 'VÄSTRA SVEALAND';
    const cells = ['Län', 'Medel', 'ÖSTRA SVEALAND', 'Västmanlands län', '1 800', 'Södermanlands län', '1 200', second, 'Örebro län', '600', 'Värmlands län', '900', 'Summa', '4 500'];
    const [t] = docOf({ text: 'Tabell 5. Medel per län, tkr\n\n' + cells.join(sep) + '\n' }).tables;
    expect(t!.columns.map((c) => [c.header.join(' '), c.scale])).toEqual([['Medel', 1000]]);
    expect(t!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed() ?? null])).toEqual([
      ['ÖSTRA SVEALAND', null],
      ['Västmanlands län', '1800000'],
      ['Södermanlands län', '1200000'],
      [second, null],
      ['Örebro län', '600000'],
      ['Värmlands län', '900000'],
      ['Summa', '4500000'],
    ]);
  });
});
