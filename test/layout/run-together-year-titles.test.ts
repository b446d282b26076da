import { describe, expect, it } from 'vitest';
import { splitRunTogetherRows } from '../../src/layout/run-together-rows.js';
import { readText } from '../../src/readers/text.js';
import type { Grid, Layout } from '../../src/layout/types.js';

/**
 * A header whose titles each end in a year ("Budget 2024  Plan 2025") looks like rows run together
 * (a capital word after a figure) but is the table's header. Examples written here in two layouts.
 */
const grids = (layout: Layout): Grid[] => layout.blocks.filter((b): b is Grid => b.kind === 'grid');
const lines = (text: string) => text.split('\n').map((raw, k) => ({ raw, line: k + 1 }));

describe('a header of titled years over the rows', () => {
  const tabbed = ['Driftbudget', '', 'Tkr\tBudget 2024\tPlan 2025\tPlan 2026', 'Kultur\t12 400\t12 800\t13 100', 'Fritid\t8 050\t8 300\t8 500', 'Summa\t20 450\t21 100\t21 600'].join('\n');
  const aligned = ['Ramarna har räknats upp. Beloppen anges i mnkr.', 'Mnkr          Utfall 2023   Budget 2024   Prognos 2024', 'Intäkter             81,2          79,0           83,5', 'Kostnader          -341,0        -350,0         -352,2', 'Netto              -259,8        -271,0         -268,7'].join('\n');

  it('is no doubt and no problem, and stays the header', () => {
    for (const text of [tabbed, aligned]) {
      expect(splitRunTogetherRows(lines(text)).doubts).toEqual([]);
      const [g] = grids(readText('c.txt', text));
      expect(g!.problems ?? []).toEqual([]);
      expect(g!.rows[0]!.cells.slice(1).map((c) => c.text.trim())).toEqual(text === tabbed ? ['Budget 2024', 'Plan 2025', 'Plan 2026'] : ['Utfall 2023', 'Budget 2024', 'Prognos 2024']);
    }
    // Between rows of the table, such a line is still doubted as rows run together.
    const text = ['Område\tBudget\tUtfall\tPrognos', 'Kultur\t12 400\t12 800\t13 100', 'Skola 2024 Vård 2025 Omsorg 2026', 'Fritid\t8 050\t8 300\t8 500', 'Summa\t20 450\t21 100\t21 600'].join('\n');
    expect(splitRunTogetherRows(lines(text)).doubts.map((d) => d.line)).toEqual([3]);
  });
});
