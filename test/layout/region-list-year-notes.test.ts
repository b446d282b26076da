import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Region list items with the year they are for in parentheses, in wordings written for this test. */
const values = (t: Table, k: number) => t.rows.map((r) => r.cells[k]?.value?.toFixed() ?? null);

describe('a year in parentheses after a list amount', () => {
  it('is a note, not a second column of amounts', () => {
    const text = 'Fördelning:\n\n* Region Skåne: 12,3 miljoner kronor (2023)\n* Region Halland: 4 miljoner kronor (2023)\n* Region Gotland: 2,5 miljoner kronor (2024)\n';
    const [t] = docOf({ text }).tables;
    expect(t!.columns).toHaveLength(1);
    expect(values(t!, 0)).toEqual(['12300000', '4000000', '2500000']);
  });

  it('reads "(år 2025–2026)" as a note too, while "(2024: 1 100)" stays a second figure', () => {
    const text = 'Bidrag per län i tusental kronor:\n\n1. Uppsala – 1 250 (år 2025–2026)\n2. Örebro – 980 (år 2025–2026)\n3. Västmanland – 770 (år 2025–2026)\n\nFörra perioden:\n\n1. Uppsala – 1 250 (2024: 1 100)\n2. Örebro – 980 (2024: 900)\n3. Västmanland – 770 (2024: 700)\n';
    const [a, b] = docOf({ text }).tables;
    expect(a!.columns).toHaveLength(1);
    expect(values(a!, 0)).toEqual(['1250000', '980000', '770000']);
    // This lead-in states no unit: the figures are read as printed.
    expect(values(b!, 1)).toEqual(['1100', '900', '700']);
  });
});
