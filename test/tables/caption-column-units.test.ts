import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { moneyUnit } from '../../src/tables/units.js';
import { docOf } from '../rules/rule-tester.js';

/** Headerless tables whose caption names each column's measure in order: tables written for this test. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('units named in the caption column by column', () => {
  it('gives each column the unit the caption names for it, a per-capita one a rate', () => {
    const text = 'Tabell 2. Stöd per kommun. Totalt belopp i miljoner kronor och belopp i kronor per invånare.\n\nKiruna      12,4    530\nLuleå       30,1    380\nPiteå       18,0    430\n';
    const [t] = docOf({ text }).tables;
    expect(values(t!, 0)).toEqual(['12400000', '30100000', '18000000']);
    expect(values(t!, 1)).toEqual(['530', '380', '430']);
    expect(t!.columns[1]!.rate).toBe(true);
  });

  it('reads "Bidrag (tkr), kronor per elev" over a tab table the same way', () => {
    const text = 'Tabell 4. Bidrag (tkr), kronor per elev\n\nUmeå\t4 200\t310\nSkellefteå\t3 900\t420\nLycksele\t1 100\t650\n';
    const [t] = docOf({ text }).tables;
    expect(values(t!, 0)).toEqual(['4200000', '3900000', '1100000']);
    expect(values(t!, 1)).toEqual(['310', '420', '650']);
  });

  it('leaves the table unit alone when the caption names one unit, or more measures than columns', () => {
    const one = docOf({ text: 'Belopp i miljoner kronor\n\nKiruna      12,4    13,0\nLuleå       30,1    29,5\nPiteå       18,0    17,2\n' }).tables[0]!;
    expect(values(one, 1)).toEqual(['13000000', '29500000', '17200000']);
    const three = docOf({ text: 'Belopp i miljoner kronor, tkr och kronor per invånare\n\nKiruna      12,4    530\nLuleå       30,1    380\nPiteå       18,0    430\n' }).tables[0]!;
    expect(three.columns.map((c) => c.rate ?? false)).toEqual([false, false]);
  });

  it('reads scale and currency words written together', () => {
    expect(moneyUnit('belopp i miljonerkronor')).toEqual({ unit: 'SEK', scale: 1e6 });
    expect(moneyUnit('Summa, miljardkronor')).toEqual({ unit: 'SEK', scale: 1e9 });
  });
});
