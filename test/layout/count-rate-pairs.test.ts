import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';

/**
 * Cells of a count and its rate, "count/rate": examples written here, spaced (municipalities by
 * quarter, one decimal, per 10 000) and glued (regions by month, two decimals, per 100 000),
 * rates worked out by hand from a population per row; sums by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

const spaced = (sum: string) =>
  [
    'Anmälda fall per kvartal, antal och antal per 10 000 invånare.',
    '',
    'Kommun Kv1 Kv2 Kv3',
    'Alingsås 2/0,5 0/0 4/1,0',
    'Borås 6/0,5 3/0,3 12/1,0',
    'Lerum 1/0,2 2/0,5 0/0',
    `Summa ${sum} 5/0,2 16/0,6`,
    '',
  ].join('\n');

const glued = (riket: string) =>
  [
    'Tabellen visar antal fall och antal fall per 100 000 invånare per månad.',
    '',
    'Region januari februari mars april',
    'Region Uppsala 3/0,770/01/0,265/1,28',
    'Region Gotland 1/1,670/02/3,330/0',
    'Region Halland 2/0,594/1,180/01/0,29',
    `Riket${riket}`,
    '',
  ].join('\n');

describe('count/rate cells', () => {
  it('reads spaced pairs as a count and a rate under each title', () => {
    const [t] = tablesOf(spaced('9/0,3'));
    expect(t!.columns.map((c) => c.header.join(' / '))).toEqual([
      'Kv1 / antal', 'Kv1 / per 10 000 invånare', 'Kv2 / antal', 'Kv2 / per 10 000 invånare', 'Kv3 / antal', 'Kv3 / per 10 000 invånare',
    ]);
    expect(rowsOf(t!)).toEqual([
      ['Alingsås', '2', '0.5', '0', '0', '4', '1'],
      ['Borås', '6', '0.5', '3', '0.3', '12', '1'],
      ['Lerum', '1', '0.2', '2', '0.5', '0', '0'],
      ['Summa', '9', '0.3', '5', '0.2', '16', '0.6'],
    ]);
    expect(t!.rows[0]!.cells.some((c) => c.readBy === 'glued')).toBe(false);
  });

  it('cuts glued pairs by the fixed decimals of their rates', () => {
    const [t] = tablesOf(glued('6/0,764/0,513/0,386/0,76'));
    expect(rowsOf(t!)).toEqual([
      ['Region Uppsala', '3', '0.77', '0', '0', '1', '0.26', '5', '1.28'],
      ['Region Gotland', '1', '1.67', '0', '0', '2', '3.33', '0', '0'],
      ['Region Halland', '2', '0.59', '4', '1.18', '0', '0', '1', '0.29'],
      ['Riket', '6', '0.76', '4', '0.51', '3', '0.38', '6', '0.76'],
    ]);
    expect(t!.rows[0]!.cells.every((c) => c.readBy === 'glued')).toBe(true);
    expect(t!.columns[1]!.rate).toBe(true);
  });

  it('sums the counts, never the rates: no finding where the counts add up', () => {
    expect(findingsOf(columnTotal, spaced('9/0,3'))).toEqual([]);
    expect(findingsOf(columnTotal, glued('6/0,764/0,513/0,386/0,76'))).toEqual([]);
  });

  it('reports a count total that misses its parts: an error spaced, a warning glued', () => {
    // Kv1: 2 + 6 + 1 = 9, printed 10.
    const s = findingsOf(columnTotal, spaced('10/0,3'));
    expect(s.map((f) => [f.severity, f.message.includes('Kv1 / antal')])).toEqual([['error', true]]);
    // januari: 3 + 1 + 2 = 6, printed 7.
    const g = findingsOf(columnTotal, glued('7/0,894/0,513/0,386/0,76'));
    expect(g.map((f) => [f.severity, f.message.includes('januari / antal')])).toEqual([['warning', true]]);
  });

  it('ends the table before a row cut off mid-pair', () => {
    const [t] = tablesOf(glued('6/0,764/0,5'));
    expect(rowsOf(t!).map((r) => r[0])).toEqual(['Region Uppsala', 'Region Gotland', 'Region Halland']);
  });

  it('titles the rate "kvot" when the page does not name it, and still never sums it', () => {
    const text = ['Ort A B C', 'Norrby 1/2,5 2/5,0 0/0', 'Söderby 4/2,0 2/1,0 2/1,0', 'Västerby 1/0,5 3/1,5 1/0,5', 'Totalt 6/1,4 7/1,6 3/0,7', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' / ')).slice(0, 2)).toEqual(['A / antal', 'A / kvot']);
    expect(findingsOf(columnTotal, text)).toEqual([]);
  });

  it('does not read pairs whose second figures stand in no proportion to the first', () => {
    const text = ['Ort A B C', 'Norrby 1/9,5 2/1,0 3/0,2', 'Söderby 4/2,0 2/7,0 2/1,0', 'Västerby 1/0,5 3/1,5 1/8,5', ''].join('\n');
    expect(tablesOf(text).some((t) => t.columns.some((c) => c.header.includes('antal')))).toBe(false);
  });
});
