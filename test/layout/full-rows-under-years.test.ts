import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { fullRowsNeeded } from '../../src/layout/full-rows-under-years.js';
import { docOf } from '../rules/rule-tester.js';

/** Small single-spaced tables under a header of years with rows short of figures. Examples written for this test. */
const docFrom = (lines: string[]) => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' });
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('fullRowsNeeded', () => {
  it('asks two full rows under years in a table of four rows or more, else the usual count', () => {
    expect(fullRowsNeeded(3, true, 4)).toBe(2);
    expect(fullRowsNeeded(3, true, 3)).toBe(3);
    expect(fullRowsNeeded(3, false, 6)).toBe(3);
    expect(fullRowsNeeded(1, true, 5)).toBe(1);
  });
});

describe('a table under two years whose only full rows are one part and the total', () => {
  it('is read under its years, the short rows placed where the total adds up, the short rows\' cells uncertain', () => {
    const doc = docFrom([
      'Bidrag per verksamhet, mnkr',
      '',
      'Verksamhet 2020 2021',
      'Primärvård 8,2 9,1',
      'Tandvård 1,4',
      'Läkemedel 0,9',
      'Totalt 9,1 10,5',
    ]);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.columns.map((c) => c.header.join(' '))).toEqual(['2020', '2021']);
    expect(rowsOf(doc.tables[0]!)).toEqual([
      ['Primärvård', '8200000', '9100000'],
      ['Tandvård', 'null', '1400000?'],
      ['Läkemedel', '900000?', 'null'],
      ['Totalt', '9100000', '10500000'],
    ]);
    expect(doc.problems).toEqual([]);
  });

  it('reads decimals in mnkr the same way, under years that are not the years of the caption', () => {
    const doc = docFrom([
      'Riktade medel, mnkr',
      '',
      'Område 2023 2024',
      'Vård 12,5 14,0',
      'Omsorg 3,5',
      'Skola 2,0',
      'Summa 18,0 14,0',
    ]);
    expect(rowsOf(doc.tables[0]!)).toEqual([
      ['Vård', '12500000', '14000000'],
      ['Omsorg', '3500000?', 'null'],
      ['Skola', '2000000?', 'null'],
      ['Summa', '18000000', '14000000'],
    ]);
  });

  it('leaves a table of three rows unread and reported: one column would sum one row only', () => {
    const doc = docFrom(['Bidrag, tkr', '', 'Post 2021 2022', 'Drift 4 500 5 000', 'Lokaler 2 000', 'Summa 6 500 7 000']);
    expect(doc.tables).toHaveLength(0);
    expect(doc.problems.length).toBeGreaterThan(0);
  });
});
