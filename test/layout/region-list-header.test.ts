import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A region list with a header line of two column heads right above it: the heads are the
 * table's header, so the unit printed there goes with the amounts. Examples written here in
 * wordings other than the field document that showed the layout ("LANDSTING   KRONOR").
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const kronor = (t: Table): (string | null)[] => t.rows.map((r) => r.cells[0]?.value?.toFixed() ?? null);

describe('a header line above a region list', () => {
  it('reads "Län<tab>Belopp (kr)" above a blank line as the header, in kronor', () => {
    const [t] = tablesOf('Medlen fördelas per län.\n\nLän\tBelopp (kr)\n\nUppsala 1 200 000\nGotland 300 000\nSkåne 2 500 000\n');
    expect(t!.kind).toBe('list');
    expect(t!.labelHeader).toBe('Län');
    expect(t!.columns.map((c) => [c.header, c.unit, c.scale])).toEqual([[['Belopp (kr)'], 'SEK', 1]]);
    expect(kronor(t!)).toEqual(['1200000', '300000', '2500000']);
  });

  it('reads "Region      Tusen kronor" right above the list as thousands of kronor, with its total row', () => {
    const [t] = tablesOf('Region            Tusen kronor\nRegion Skåne   12 500\nRegion Halland   7 300\nRegion Gotland  1 200\nSumma 21 000\n');
    expect(t!.columns.map((c) => [c.header, c.unit, c.scale])).toEqual([[['Tusen kronor'], 'SEK', 1000]]);
    expect(t!.rows.map((r) => [r.label, r.kind])).toEqual([
      ['Region Skåne', 'data'],
      ['Region Halland', 'data'],
      ['Region Gotland', 'data'],
      ['Summa', 'total'],
    ]);
    expect(kronor(t!)).toEqual(['12500000', '7300000', '1200000', '21000000']);
  });

  it('takes no sentence and no far-off line as a header; the list is read without one', () => {
    for (const above of ['Beloppen är klara.  Se nedan.', 'Län      Kronor\n\n']) {
      const [t] = tablesOf(`${above}\nUppsala 1 200 000\nGotland 300 000\nSkåne 2 500 000\n`);
      expect(t!.kind).toBe('list');
      expect(t!.rows.map((r) => r.label)).toEqual(['Uppsala', 'Gotland', 'Skåne']);
      expect(t!.columns[0]!.header).toEqual([]);
    }
  });

  it('leaves two heads without a list under them as text', () => {
    const doc = docOf({ file: 'case.txt', text: 'Region      Kronor\nUppgifterna kommer senare.\n' });
    expect(doc.tables).toEqual([]);
  });
});
