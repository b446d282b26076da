import { describe, expect, it } from 'vitest';
import { rowTotal } from '../../../src/rules/table/row-total.js';
import { findingsOf } from '../rule-tester.js';

/**
 * A column after the row's total that breaks it down ("Summa | Kvinnor": of the seats, those
 * held by women) is no part of the total where the columns before the total make it, row by
 * row. Tables and figures written for this test: 5 + 3 + 2 = 10, 6 + 2 + 4 = 12, 1 + 1 + 3 = 5,
 * 2 + 4 + 2 = 8.
 */
const body = [
  ['Norra', '5', '3', '2', '10', '4'],
  ['Södra', '6', '2', '4', '12', '5'],
  ['Östra', '1', '1', '3', '5', '2'],
  ['Västra', '2', '4', '2', '8', '3'],
];
const head = ['Valkrets', 'A', 'B', 'C', 'Summa', 'Kvinnor'];
const gfm = (rows: string[][]) => ['Mandat per valkrets', '', `| ${head.join(' | ')} |`, '|---|---:|---:|---:|---:|---:|', ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
const tabs = (rows: string[][]) => ['Mandat per valkrets', '', head.join('\t'), ...rows.map((r) => r.join('\t')), ''].join('\n');

describe('a breakdown column after the row total', () => {
  for (const [layout, of, file] of [['GFM', gfm, 'a.md'], ['tab-separated', tabs, 'b.txt']] as const) {
    it(`is left out of the total the columns before it make, ${layout}`, () => {
      expect(findingsOf(rowTotal, [{ file, text: of(body) }]).filter((f) => f.severity !== 'info')).toEqual([]);
    });

    it(`leaves a row whose columns before the total do not make it reported, ${layout}`, () => {
      // Norra: 5 + 3 + 2 = 10, printed 11.
      const rows = body.map((r) => (r[0] === 'Norra' ? ['Norra', '5', '3', '2', '11', '4'] : r));
      const found = findingsOf(rowTotal, [{ file, text: of(rows) }]).filter((f) => f.severity !== 'info');
      expect(found.map((f) => [f.expected, f.actual])).toEqual([['11', '10']]);
    });
  }
});
