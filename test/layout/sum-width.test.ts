import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { solveBySums } from '../../src/layout/column-sum-splits.js';
import { widthBySums } from '../../src/layout/sum-width.js';

/**
 * Single-spaced tables closed by a total whose header does not fix the column count (titles of
 * several words; a header wrapped over lines). Examples written here in two layouts and
 * wordings; every total is the sum of its column, worked out when the example was written.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

// Four columns under a header wrapped over three lines; some labels glued to their values.
// Totals: 191 835 305, 2 855 613, 26 059 869, 892 139.
const regions = [
  'Utbetalt belopp i kronor',
  '',
  'Gårds-',
  'stöd',
  'Bidrag extensiv vall Bidrag ekologisk odling Bidrag fånggrödor',
  'Stockholm12 345 678 234 567 1 234 567 0',
  'Uppsala23 456 789 345 678 2 345 678 12 345',
  'Södermanland 34 567 890 456 789 3 456 789 23 456',
  'Östergötland 45 678 901 567 890 4 567 890 34 567',
  'Kalmar5 678 912 67 891 567 891 45 678',
  'Gotland 8 765 432 28 512 939 066 39 510',
  'Blekinge2 698 369 106 260 303 859 7 383',
  'Skåne 58 643 334 1 048 026 12 644 129 729 200',
  'Summa 191 835 305 2 855 613 26 059 869 892 139',
  '',
].join('\n');

// Three columns under one line of titles of several words; every middle value opens with a group
// of three digits, so each row alone reads as two values as well as three.
// Totals: 4 512 300 + 12 400 500 + 6 100 000 + 3 250 750 + 1 100 200 + 980 000 = 28 343 750;
// 250 400 + 350 250 + 802 100 + 990 000 + 305 400 + 276 300 = 2 974 450;
// 98 000 + 41 300 + 0 + 12 550 + 45 000 + 38 900 = 235 750.
const towns = [
  'Kommun Bidrag till förskola Bidrag till skola Övriga bidrag',
  'Alingsås 4 512 300 250 400 98 000',
  'Borås 12 400 500 350 250 41 300',
  'Lerum 6 100 000 802 100 0',
  'Mark 3 250 750 990 000 12 550',
  'Vårgårda 1 100 200 305 400 45 000',
  'Herrljunga 980 000 276 300 38 900',
  'Totalt 28 343 750 2 974 450 235 750',
  '',
].join('\n');

describe('the column count from the total row', () => {
  it('reads four columns under a wrapped header, every row as it adds up', () => {
    const [t] = tablesOf(regions);
    expect(rowsOf(t!)).toEqual([
      ['Stockholm', '12345678', '234567', '1234567', '0'],
      ['Uppsala', '23456789', '345678', '2345678', '12345'],
      ['Södermanland', '34567890', '456789', '3456789', '23456'],
      ['Östergötland', '45678901', '567890', '4567890', '34567'],
      ['Kalmar', '5678912', '67891', '567891', '45678'],
      ['Gotland', '8765432', '28512', '939066', '39510'],
      ['Blekinge', '2698369', '106260', '303859', '7383'],
      ['Skåne', '58643334', '1048026', '12644129', '729200'],
      ['Summa', '191835305', '2855613', '26059869', '892139'],
    ]);
    expect(findingsOf(columnTotal, regions).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('reads three columns under titles of several words', () => {
    const [t] = tablesOf(towns);
    expect(rowsOf(t!)[1]).toEqual(['Borås', '12400500', '350250', '41300']);
    expect(rowsOf(t!)[6]).toEqual(['Totalt', '28343750', '2974450', '235750']);
    const cell = t!.rows[0]!.cells[0]!;
    expect(cell.readBy === 'spaced' || cell.uncertain !== undefined).toBe(true);
  });

  it('keeps the count found otherwise unless exactly one other count adds up', () => {
    expect(widthBySums(3, 2, 8, (w) => w === 3 || w === 4)).toBe(3);
    expect(widthBySums(3, 2, 8, (w) => w === 4)).toBe(4);
    expect(widthBySums(3, 2, 8, (w) => w === 4 || w === 5)).toBe(3);
    expect(widthBySums(3, 2, 8, () => false)).toBe(3);
  });

  it('solves a table too large to try every combination', () => {
    // Twelve rows of two readings each (4 096 combinations and more): only one adds up.
    const d = (n: number) => new Decimal(n);
    const rows = Array.from({ length: 12 }, (_, i) => ({ total: false, ways: [[d(100 + i), d(5)], [d(5), d(100 + i)]] }));
    const total = { total: true, ways: [[d(12 * 100 + 66), d(60)]] };
    expect(solveBySums([...rows, total], 2)).toEqual([...new Array(12).fill(0), 0]);
  });
});
