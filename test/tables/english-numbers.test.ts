import { describe, expect, it } from 'vitest';
import { englishNumbers, fromEnglish } from '../../src/tables/dot-groups.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Numbers in English form ("31,402", "11.00"), in examples written for this test. */
const read = (t: Table): string[][] =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);

describe('englishNumbers', () => {
  it('reads commas as group marks when a decimal point proves the convention', () => {
    expect(englishNumbers(['31,402', '6,086', '11.00', '12.50'])).toBe(true);
    expect(englishNumbers(['1,204,300', '2974.5'])).toBe(true);
    expect(fromEnglish('1,204,300')).toBe('1 204 300');
    expect(fromEnglish('11.50')).toBe('11,50');
  });

  it('keeps Swedish decimal commas, and commas without a decimal point beside them', () => {
    expect(englishNumbers(['31,4', '11.00'])).toBe(false);
    expect(englishNumbers(['31,402', '6,086'])).toBe(false);
    expect(englishNumbers(['31,402', '1.234.567', '11.00'])).toBe(false);
  });
});

describe('a table of English numbers', () => {
  it('reads a Markdown table from a sortable-table plugin, the grouped cells marked as a reading', () => {
    const md = ['| Kommun | Invånare | Taxa 2019 | Taxa 2020 |', '|---|---|---|---|', '| Storby | 31,402 | 11.00 | 12.50 |', '| Lillköping | 8,915 | 9.75 | 10.00 |', '| Västeräng | 124,060 | 13.20 | 13.20 |', ''].join('\n');
    expect(read(docOf({ file: 'a.md', text: md }).tables[0]!)).toEqual([
      ['Storby', '31402?', '11', '12.5'],
      ['Lillköping', '8915?', '9.75', '10'],
      ['Västeräng', '124060?', '13.2', '13.2'],
    ]);
  });

  it('reads the same convention in a tab-separated table with a total', () => {
    const tab = ['Område\tElever\tSnitt', 'Norr\t1,250\t14.5', 'Syd\t2,100\t15.25', 'Totalt\t3,350\t14.9', ''].join('\n');
    expect(read(docOf({ file: 'b.txt', text: tab }).tables[0]!)).toEqual([
      ['Norr', '1250?', '14.5'],
      ['Syd', '2100?', '15.25'],
      ['Totalt', '3350?', '14.9'],
    ]);
  });
});
