import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { columnsWithTotalLast, emptyColumnBySums, totalColumn } from '../../src/layout/empty-column.js';
import { rowTotal } from '../../src/rules/table/row-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A note pasted one cell a line with its empty cells left out, whose part column ("Därav …") no
 * row fills: every row is one figure short of the header. Examples written for this test.
 */
const titles = ['Mark', 'Byggnader', 'Inventarier', 'Därav leasing', 'Summa'];
const rows = [
  ['Anskaffningsvärde', '120', '4 500', '800', '5 420'],
  ['Ackumulerade avskrivningar', '0', '-1 900', '-350', '-2 250'],
  ['Ingående värde', '120', '2 600', '450', '3 170'],
  ['Årets investeringar', '15', '310', '95', '420'],
  ['Årets avskrivningar', '0', '-140', '-60', '-200'],
  ['Utgående värde', '135', '2 770', '485', '3 390'],
];
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const valuesOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('emptyColumnBySums', () => {
  it('puts the gap where the rows add up to the total column', () => {
    expect(emptyColumnBySums(titles, rows.map((r) => r.slice(1)))).toBe(3);
  });

  it('leaves it open without a total column, or when two gaps add up alike', () => {
    expect(emptyColumnBySums(['Mark', 'Byggnader', 'Inventarier', 'Därav leasing', 'Övrigt'], rows.map((r) => r.slice(1)))).toBeNull();
    // No part column: the gap may be under any of the first three titles, the sums say nothing.
    expect(emptyColumnBySums(['A', 'B', 'C', 'D', 'Totalt'], rows.map((r) => r.slice(1)))).toBeNull();
  });

  it('knows a total column by its title, last', () => {
    expect(totalColumn(['2022', '2023', 'Totalt'])).toBe(2);
    expect(totalColumn(['Summa', '2022', '2023'])).toBeNull();
    expect(totalColumn(['Kvinnor', 'Män', 'Summa tillgångar'])).toBeNull();
  });

  it('places a shorter row’s last figure under the total when it is the sum of the others', () => {
    expect(columnsWithTotalLast(titles, ['-29', '-28', '-57'])).toEqual([0, 1, 4]);
    expect(columnsWithTotalLast(titles, ['-29', '-28', '-50'])).toBeNull();
  });
});

describe('cell-per-line notes whose rows leave one column empty throughout', () => {
  const check = (t: Table): void => {
    expect(headersOf(t).filter((h) => h !== 'Därav leasing')).toEqual(['Mark', 'Byggnader', 'Inventarier', 'Summa']);
    const summa = headersOf(t).indexOf('Summa');
    const got = valuesOf(t);
    expect(got).toHaveLength(6);
    expect(got[0]![0]).toBe('Anskaffningsvärde');
    expect(got[0]![summa + 1]).toBe('5420000');
    expect(got[3]![1 + headersOf(t).indexOf('Inventarier')]).toBe('95000');
    expect(got[5]![summa + 1]).toBe('3390000');
  };

  it('reads the figures under their titles, one cell a line', () => {
    const text = `Not 7 Materiella anläggningstillgångar\nBelopp i tkr\n${titles.join('\n')}\n${rows.map((r) => r.join('\n')).join('\n')}\n`;
    const tables = tablesOf(text);
    expect(tables).toHaveLength(1);
    check(tables[0]!);
    expect(findingsOf(rowTotal, text).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('does so with the cells set apart by blank lines, titles wrapped, and a misprinted total warned of, never an error', () => {
    const bad = rows.map((r) => (r[0] === 'Årets investeringar' ? [...r.slice(0, 4), '520'] : r));
    const wrapped = ['Mark', 'Byggnader', 'Inventarier', 'Därav\nleasing', 'Summa'];
    const text = `Koncernen\n\nBelopp i tkr\n\n${wrapped.join('\n\n')}\n\n${bad.map((r) => r.join('\n\n')).join('\n\n')}\n`;
    const tables = tablesOf(text);
    expect(tables).toHaveLength(1);
    expect(valuesOf(tables[0]!)[5]![1 + headersOf(tables[0]!).indexOf('Summa')]).toBe('3390000');
    const found = findingsOf(rowTotal, text);
    expect(found.filter((f) => f.severity === 'error')).toEqual([]);
    expect(found.filter((f) => f.severity === 'warning').map((f) => f.message)).toEqual([expect.stringContaining('Årets investeringar')]);
  });
});
