import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { rowTotal } from '../../src/rules/table/row-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Money cells that each end in their unit, padded unevenly, in two layouts written for this test:
 * a count before kronor cells under a header of capitalised titles, and "kr" cells without counts
 * under a header the capitals do not cut into the columns. Sums by hand in the comments.
 */
const rowsOf = (text: string) => {
  const tables: readonly Table[] = docOf({ file: 'case.txt', text }).tables;
  return tables.map((t) => [t.columns.map((c) => c.header.join(' ')), ...t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')])]);
};

// 12 400 + 9 300 = 21 700; 12 400 + 3 100 = 15 500; 12 400 + 18 600 = 31 000.
const parties = (last: string) =>
  [
    'Stödet per parti 2022',
    '',
    'Parti Antal platser Grundbelopp Platsbelopp Summa stöd',
    'Norrpartiet 3 12 400 kronor    9 300 kronor 21 700 kronor',
    'Kustlistan 1 12 400 kronor 3 100 kronor      15 500 kronor',
    `Byalaget 6 12 400 kronor   18 600 kronor   ${last} kronor`,
    '',
  ].join('\n');

const grants = [
  'Föreningsbidrag, fördelning',
  'förening, lokalbidrag, aktivitetsbidrag',
  'Scoutkåren  3 200 kr  1 450 kr',
  'Schackklubben 800 kr    2 975 kr',
  'Hembygdsföreningen   12 000 kr 0 kr',
  '',
].join('\n');

describe('money cells that end in their unit', () => {
  it('reads a count and the kronor cells under a header cut at its capitals', () => {
    expect(rowsOf(parties('31 000'))).toEqual([
      [
        ['Antal platser', 'Grundbelopp', 'Platsbelopp', 'Summa stöd'],
        ['Norrpartiet', '3', '12400', '9300', '21700'],
        ['Kustlistan', '1', '12400', '3100', '15500'],
        ['Byalaget', '6', '12400', '18600', '31000'],
      ],
    ]);
  });

  it('reads "kr" cells without counts, the header left as text', () => {
    expect(rowsOf(grants)).toEqual([
      [
        ['', ''],
        ['Scoutkåren', '3200', '1450'],
        ['Schackklubben', '800', '2975'],
        ['Hembygdsföreningen', '12000', '0'],
      ],
    ]);
  });

  it('makes a row total that misses over such cells a warning: the columns are read from unit words', () => {
    // 12 400 + 18 600 = 31 000, printed 31 500.
    expect(findingsOf(rowTotal, parties('31 500')).map((f) => f.severity)).toEqual(['warning']);
  });
});
