import { describe, expect, it } from 'vitest';
import { moneyUnit, writtenThousand } from '../../src/tables/units.js';
import { docOf } from '../rules/rule-tester.js';

/** Thousands written as a number in a header ("1000 €", "1000-tal kronor", "1 000 kr"), written for this test. */
describe('a header unit written "1000 €" or "1000-tal kronor"', () => {
  it('is thousands; an amount in kronor is not a unit', () => {
    expect(moneyUnit('Bokslut 1000 €')).toEqual({ unit: 'EUR', scale: 1000 });
    expect(moneyUnit('1000-tal kronor')).toEqual({ unit: 'SEK', scale: 1000 });
    expect(moneyUnit('Belopp i 1 000 kr')).toEqual({ unit: 'SEK', scale: 1000 });
    expect(moneyUnit('Ersättning 21 000 kronor')).toEqual({ unit: 'SEK', scale: 1 });
    expect(writtenThousand('    1000 € %')).toEqual({ unit: 'EUR', scale: 1000 });
    expect(writtenThousand('Bidrag om 31 000 kr')).toBeNull();
  });

  it('scales the columns of a tab table and of a GFM table', () => {
    const tab = docOf({ file: 'a.txt', text: 'Post\tUtfall 1000 €\tBudget 1000 €\nDrift\t12 500\t13 000\nLokaler\t4 100\t4 000\n' }).tables[0]!;
    expect(tab.rows[0]!.cells.map((c) => [c.value?.toFixed(), tab.columns[0]!.unit])).toEqual([
      ['12500000', 'EUR'],
      ['13000000', 'EUR'],
    ]);
    const md = docOf({ file: 'b.md', text: '| Anslag | 1000-tal kronor |\n|---|---|\n| Skola | 2 300 |\n| Vård | 1 700 |\n' }).tables[0]!;
    expect(md.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['2300000', '1700000']);
  });
});
