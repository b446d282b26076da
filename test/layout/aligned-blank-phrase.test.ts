import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';

/** A phrase where a figure would stand, in a table aligned by spaces; figures written here, sums checked by hand. */
describe('a phrase in a value cell of an aligned table', () => {
  it.each([
    ['Ryms inom befintlig ram', 'Hallands län    Ryms inom befintlig ram     120'],
    ['Ingår ovan', 'Hallands län                 Ingår ovan     120'],
  ])('reads "%s" as a blank that makes the sum uncertain', (phrase, line) => {
    // 400 + 250 = 650 in 2025; 420 + 260 + 120 = 800 in 2026.
    const text = ['Län                                2025    2026', 'Skåne län                           400     420', 'Blekinge län                        250     260', line, 'Summa                               650     800'].join('\n');
    const [t] = docOf({ text }).tables;
    const row = t!.rows[2]!;
    expect([row.label, row.region?.code, row.cells.map((c) => c.value?.toFixed() ?? null)]).toEqual(['Hallands län', '13', [null, '120']]);
    expect(row.cells[0]!.uncertain).toBe(phrase);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
