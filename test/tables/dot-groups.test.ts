import { describe, expect, it } from 'vitest';
import { dotReading } from '../../src/tables/dot-groups.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Digit groups set apart by dots, written for this test in a tab table and a Markdown table. */
const read = (t: Table): string[][] =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);

describe('dotReading', () => {
  it('reads dots as groups when the dotted numbers have groups of three, certain with two groups', () => {
    expect(dotReading(['1.234.567', '202.000', '45', '7.125'])).toEqual({ groups: true, certain: true });
    expect(dotReading(['2.819', '12.500', '118.214'])).toEqual({ groups: true, certain: false });
  });

  it('reads dots as decimal points when numbers of another shape or decimal commas stand beside them', () => {
    expect(dotReading(['2.819', '12.5', '0.25', '3.750'])).toEqual({ groups: false, certain: false });
    expect(dotReading(['2.819', '12.500', '118.214', '4,5'])).toEqual({ groups: false, certain: false });
    // Two dotted numbers say too little.
    expect(dotReading(['2.819', '12.500', '45'])).toEqual({ groups: false, certain: false });
  });
});

describe('a table that groups digits with dots', () => {
  it('reads a tab table in tkr, certain because one figure has two groups', () => {
    const [t] = docOf({ file: 'a.txt', text: 'Belopp i tkr\n\nEnhet\tBudget\nSkola\t1.202.500\nVård\t315.000\nKultur\t2.250\nSumma\t1.519.750\n' }).tables;
    expect(read(t!)).toEqual([
      ['Skola', '1202500000'],
      ['Vård', '315000000'],
      ['Kultur', '2250000'],
      ['Summa', '1519750000'],
    ]);
  });

  it('marks the cells of a Markdown table a guess when no figure proves the dots are groups', () => {
    const md = '| Nämnd | 2020 | 2021 |\n|---|---|---|\n| Teknik | 38.245 | 40.174 |\n| Fritid | 1.888 | 2.316 |\n| Bygg | 950 | 975 |\n';
    const [t] = docOf({ file: 'b.md', text: md }).tables;
    expect(read(t!)).toEqual([
      ['Teknik', '38245?', '40174?'],
      ['Fritid', '1888?', '2316?'],
      ['Bygg', '950', '975'],
    ]);
  });

  it('never reads a decimal point as a group: "1.125" beside "12.5" is not 1 125', () => {
    // "12.5" and "3.25" prove the table writes decimal points; "1.125" is then 1,125, a reading its cell says it is.
    const md = '| Ort | Andel |\n|---|---|\n| Alby | 12.5 |\n| Berga | 3.25 |\n| Dalby | 1.125 |\n';
    const [t] = docOf({ file: 'c.md', text: md }).tables;
    expect(read(t!)).toEqual([
      ['Alby', '12.5'],
      ['Berga', '3.25'],
      ['Dalby', '1.125?'],
    ]);
  });
});
