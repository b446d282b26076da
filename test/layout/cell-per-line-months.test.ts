import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Monthly statistics pasted one cell per line: a label and twelve months (thirteen columns), or
 * twelve months and a year total (fourteen). Written here in two layouts: cells on lines of
 * their own, and cells set apart by blank lines with trailing spaces as web pages paste them.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec'];
const row = (label: string, first: number): string[] => [label, ...MONTHS.map((_, i) => String(first + i))];

describe('a cell-per-line table of months', () => {
  it('reads a label and twelve months, one cell a line', () => {
    const text = ['Kommun', ...MONTHS, ...row('Alfa', 101), ...row('Beta', 201), ...row('Gamma', 301), ...row('Summa', 603)].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(MONTHS);
    expect(t!.rows.map((r) => r.label)).toEqual(['Alfa', 'Beta', 'Gamma', 'Summa']);
    expect(t!.rows[1]!.cells.map((c) => c.value?.toFixed())).toEqual(MONTHS.map((_, i) => String(201 + i)));
    expect(t!.rows[3]!.cells[11]!.value?.toFixed()).toBe('614');
  });

  it('reads twelve months and a year total, cells set apart by blank lines with trailing spaces', () => {
    const heads = ['Område   ', ...MONTHS.map((m) => `${m}  `), 'Helår'];
    const rec = (label: string, v: number): string[] => [label, ...MONTHS.map(() => String(v)), String(v * 12)];
    const text = [...heads, ...rec('Norr', 10), ...rec('Mitt', 20), ...rec('Syd', 30), ...rec('Totalt', 60)].join('\n\n');
    const [t] = tablesOf(`${text}\n`);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual([...MONTHS, 'Helår']);
    expect(t!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed(), r.cells[12]!.value?.toFixed()])).toEqual([
      ['Norr', '10', '120'],
      ['Mitt', '20', '240'],
      ['Syd', '30', '360'],
      ['Totalt', '60', '720'],
    ]);
  });
});
