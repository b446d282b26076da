import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Region lists whose items carry a description line under them, in layouts written for this test. */
const values = (t: Table) => t.rows.map((r) => r.cells[0]?.value?.toFixed() ?? null);

describe('region list items with a line of description under them', () => {
  it('reads numbered items with an indented project line under each', () => {
    const text =
      'De största beviljade projekten:\n\n 1. Region Halland - 12 miljoner\n   Samordnad beredskap för dricksvatten (2 år)\n 2. Länsstyrelsen i Kalmar län - 9,5 miljoner\n   Övning med kommunerna\n 3. MSB - 7 miljoner\n   Stöd till 12 kommuner\n 4. Region Gotland - 4 miljoner\n   Reservkraft\n';
    const [t] = docOf({ text }).tables;
    expect(t!.kind).toBe('list');
    expect(t!.rows.map((r) => [r.label, r.kind, r.region?.code ?? null])).toEqual([
      ['Region Halland', 'data', '13'],
      ['Länsstyrelsen i Kalmar län', 'data', '08'],
      // A name in capitals in a list is an acronym, not a section sum.
      ['MSB', 'data', null],
      ['Region Gotland', 'data', '09'],
    ]);
    expect(values(t!)).toEqual(['12000000', '9500000', '7000000', '4000000']);
  });

  it('reads bullets with a description indented under them', () => {
    const text = 'Fördelning:\n\n* Uppsala: 3 mnkr\n    för vårdplatser i länet\n* Örebro: 2,5 mnkr\n    för ambulanser\n* Dalarna: 1 mnkr\n';
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['03', '18', '20']);
    expect(values(t!)).toEqual(['3000000', '2500000', '1000000']);
  });

  it('ends the list at a line that is not indented under an item', () => {
    const text = 'Fördelning:\n\n* Uppsala: 3 mnkr\n* Örebro: 2,5 mnkr\n* Dalarna: 1 mnkr\nMedlen betalas ut i mars.\n* Gotland: 4 mnkr\n';
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.region?.code)).toEqual(['03', '18', '20']);
  });
});
