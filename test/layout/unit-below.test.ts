import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Tables whose unit is stated in the line under them; figures written here, checked by hand. */
const tableOf = (text: string, file = 'case.txt'): Table => docOf({ file, text }).tables[0]!;
const read = (t: Table): [string, string | null][] => t.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed() ?? null]);

describe('a unit in the line under the table', () => {
  it('reads "Belopp i tkr." under a tab-separated table', () => {
    const t = tableOf('Anslag per län\n\nLän\tAnslag\nDalarnas län\t640\nGävleborgs län\t480\nTotalt\t1 120\n\nBelopp i tkr.\n');
    expect(t.columns.map((c) => [c.unit, c.scale])).toEqual([['SEK', 1000]]);
    expect(read(t)).toEqual([
      ['Dalarnas län', '640000'],
      ['Gävleborgs län', '480000'],
      ['Totalt', '1120000'],
    ]);
  });

  it('reads the unit after the source ("Källa: …, belopp i miljoner kronor") under a Markdown table', () => {
    const t = tableOf('| Län | Utbetalt |\n| --- | ---: |\n| Östergötlands län | 3,6 |\n| Jönköpings län | 2,4 |\n| Totalt | 6,0 |\n\nKälla: Länsstyrelsen, belopp i miljoner kronor\n', 'case.md');
    expect(t.columns[0]!.scale).toBe(1e6);
    expect(read(t)).toEqual([
      ['Östergötlands län', '3600000'],
      ['Jönköpings län', '2400000'],
      ['Totalt', '6000000'],
    ]);
  });

  it('reads "Beloppen anges i tusental kronor." under a table pasted one cell a line', () => {
    const t = tableOf('Län\nStöd\nSkåne län\n1 500\nHallands län\n700\nKalmar län\n300\nSumma\n2 500\n\nBeloppen anges i tusental kronor.\n');
    expect(t.columns[0]!.scale).toBe(1000);
    expect(read(t)[3]).toEqual(['Summa', '2500000']);
  });

  it('keeps the unit the caption states, and takes no amount under the table for a unit', () => {
    const captioned = tableOf('Tabell 1. Stöd per län, miljoner kronor\n\nLän\tStöd\nSkåne län\t15\nHallands län\t7\nSumma\t22\n\nBelopp i tkr.\n');
    expect(captioned.columns[0]!.scale).toBe(1e6);
    const amount = tableOf('Stöd per län\n\nLän\tStöd\nSkåne län\t15\nHallands län\t7\nSumma\t22\n\nTotalt avsattes 22 miljoner kronor.\n');
    expect(amount.columns[0]!.scale).toBe(1);
  });
});
