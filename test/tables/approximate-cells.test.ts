import { describe, expect, it } from 'vitest';
import { looksNumeric } from '../../src/layout/looks-numeric.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A cell that gives its figure as approximate ("ca 4,5", "cirka 120 tkr", "drygt 300"): a value,
 * kept with its qualifier, and a sum over it can only warn. Tables written for this test.
 */
describe('approximate cells', () => {
  it('look numeric with an approximating word; bounds stay labels', () => {
    expect(looksNumeric('ca 4,5')).toBe(true);
    expect(looksNumeric('c:a 1 200')).toBe(true);
    expect(looksNumeric('cirka 120 tkr')).toBe(true);
    expect(looksNumeric('drygt 300')).toBe(true);
    expect(looksNumeric('ungefär 2,5 mnkr')).toBe(true);
    expect(looksNumeric('över 65')).toBe(false);
    expect(looksNumeric('under 18')).toBe(false);
    expect(looksNumeric('ca')).toBe(false);
    expect(looksNumeric('cirkapris 40')).toBe(false);
  });

  const gfm =
    '| Region | Belopp |\n|---|---|\n| Region Skåne | cirka 4,5 mnkr |\n| Region Stockholm | 3,0 mnkr |\n| Region Uppsala | 1,2 mnkr |\n| Summa | 9,0 mnkr |\n';
  const tabs = 'Fördelning av medel\n\nRegion\tBelopp (mnkr)\nRegion Skåne\tca 4,5\nRegion Stockholm\t3,0\nRegion Uppsala\t1,2\nTotalt\t9,0\n';

  it('keep the first row a data row of a tab table, its value read (not a header)', () => {
    const table = docOf({ file: 't.txt', text: tabs }).tables[0]!;
    expect(table.columns.map((c) => c.header.join(' / '))).toEqual(['Belopp (mnkr)']);
    expect(table.rows.map((r) => [r.label, r.cells[0]!.value?.toString(), r.cells[0]!.uncertain ?? null])).toEqual([
      ['Region Skåne', '4500000', 'ca 4,5'],
      ['Region Stockholm', '3000000', null],
      ['Region Uppsala', '1200000', null],
      ['Totalt', '9000000', null],
    ]);
  });

  it('make a column that does not add up a warning that names the cell, in GFM and tab layouts', () => {
    for (const [file, text, cell] of [['t.md', gfm, 'cirka 4,5 mnkr'], ['t.txt', tabs, 'ca 4,5']] as const) {
      const found = findingsOf(columnTotal, [{ file, text }]);
      expect(found.map((f) => f.severity)).toEqual(['warning']);
      expect(found[0]!.message).toContain(`"${cell}"`);
      expect(found[0]!.message).toContain('8 700 000 kr');
    }
  });

  it('give no finding where the sum holds', () => {
    const holds = gfm.replace('9,0 mnkr', '8,7 mnkr');
    expect(findingsOf(columnTotal, [{ file: 't.md', text: holds }])).toEqual([]);
  });
});
