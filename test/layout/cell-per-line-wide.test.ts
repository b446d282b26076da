import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Tables pasted one cell per line with more than eight columns, written for this test in two layouts. */
const rec = (label: string, values: number[]): string[] => [label, ...values.map(String)];

describe('a wide table pasted one cell per line', () => {
  const head = ['Län', 'Klass 1', 'Klass 2', 'Klass 3', 'Klass 4', 'Klass 5', 'Klass 6', 'Klass 7', 'Klass 8', 'Summa'];
  const rows: [string, number[]][] = [
    ['Uppsala', [1, 2, 3, 4, 5, 6, 7, 8, 36]],
    ['Kalmar', [10, 20, 30, 40, 50, 60, 70, 80, 360]],
    ['Gotland', [2, 2, 2, 2, 2, 2, 2, 2, 16]],
    ['Skåne', [5, 6, 7, 8, 9, 10, 11, 12, 68]],
  ];
  const expected = rows.map(([l, v]) => [l, ...v.map(String)]);

  it('reads nine value columns with a blank line between cells', () => {
    const text = [...head, ...rows.flatMap(([l, v]) => rec(l, v))].flatMap((c) => [c, '']).join('\n');
    const t = docOf({ file: 'a.txt', text }).tables[0]!;
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(expected);
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(head.slice(1));
  });

  it('reads them with no blank lines between cells', () => {
    const text = ['Fördelning per län', '', ...head, ...rows.flatMap(([l, v]) => rec(l, v)), ''].join('\n');
    const t = docOf({ file: 'b.txt', text }).tables[0]!;
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual(expected);
  });

  it('takes the label column\'s title pasted after the value titles ("Region" from a second header row) as the label\'s', () => {
    const titles = ['Klass 1', 'Klass 2', 'Klass 3', 'Klass 4', 'Klass 5', 'Klass 6', 'Klass 7', 'Klass 8', 'Summa', 'Region'];
    for (const blank of [true, false]) {
      const cells = [...titles, ...rows.flatMap(([l, v]) => rec(l, v))];
      const text = (blank ? cells.flatMap((c) => [c, '']) : ['Antal per region', '', ...cells, '']).join('\n');
      const t = docOf({ file: 'c.txt', text }).tables[0]!;
      expect(t.labelHeader).toBe('Region');
      expect(t.columns.map((c) => c.header.join(' '))).toEqual(titles.slice(0, 9));
      expect(t.rows[1]!.cells.map((c) => c.value?.toFixed())).toEqual(['10', '20', '30', '40', '50', '60', '70', '80', '360']);
    }
  });
});
