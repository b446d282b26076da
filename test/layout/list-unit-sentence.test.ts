import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Region lists of bare figures whose unit the text above states. Written for this test. */
const tableOf = (text: string): Table => docOf({ file: 'a.txt', text }).tables[0]!;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a list under a sentence that states its unit (captions.ts)', () => {
  it('scales lines of region and figure by the sentence before them', () => {
    const t = tableOf('Beloppen anges i miljoner kronor.\n\nRegion Stockholm 125,3\nRegion Uppsala 30,1\nRegion Skåne 98,7\nSumma 254,1\n');
    expect(rowsOf(t)).toEqual([
      ['Region Stockholm', '125300000'],
      ['Region Uppsala', '30100000'],
      ['Region Skåne', '98700000'],
      ['Summa', '254100000'],
    ]);
  });

  it('reads the same in another layout: bullets under a unit line of its own', () => {
    const t = tableOf('Fördelning 2024\nBelopp i tusental kronor\n\n- Gotland: 4 500\n- Blekinge: 6 200\n- Kalmar län: 9 100\n');
    expect(rowsOf(t)).toEqual([
      ['Gotland', '4500000'],
      ['Blekinge', '6200000'],
      ['Kalmar län', '9100000'],
    ]);
  });

  it('leaves a list alone under a sentence that only names an amount', () => {
    const t = tableOf('Regeringen avsätter 300 miljoner kronor.\n\nRegion Stockholm 125 300 000\nRegion Uppsala 30 100 000\nRegion Skåne 98 700 000\n');
    expect(rowsOf(t).map((r) => r[1])).toEqual(['125300000', '30100000', '98700000']);
  });
});
