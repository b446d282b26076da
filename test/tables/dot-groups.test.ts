import { describe, expect, it } from 'vitest';
import { dotReading, fromGroupedDotDecimals, groupedDotDecimals } from '../../src/tables/dot-groups.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { findingsOf } from '../rules/rule-tester.js';
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

describe('dots between groups and before the öre ("155.974.54")', () => {
  it('is a reading of its own when a number has two dots and one or two digits after the last', () => {
    expect(groupedDotDecimals(['84.212.50', '3.118.75', '950.00'])).toBe(true);
    expect(groupedDotDecimals(['1.234.567', '202.000', '45'])).toBe(false);
    // A decimal comma elsewhere says the dots are something else.
    expect(groupedDotDecimals(['84.212.50', '3,5'])).toBe(false);
    expect(fromGroupedDotDecimals('155.974.54')).toBe('155 974,54');
    expect(fromGroupedDotDecimals('-1.200.5')).toBe('-1 200,5');
    expect(fromGroupedDotDecimals('550.00')).toBe('550,00');
    expect(fromGroupedDotDecimals('1.200')).toBe('1 200');
  });

  it('reads a ledger of label and figure lines, every row, the total adding up', () => {
    const text = 'Föreningens tillgångar (kronor)\n\nBankkonto           84.212.50\nPlusgiro            3.118.75\nKontantkassa        1.200.00\nSumma tillgångar    88.531.25\n\nStyrelsen\n';
    const [t] = docOf({ file: 'a.txt', text }).tables;
    expect(read(t!)).toEqual([
      ['Bankkonto', '84212.5'],
      ['Plusgiro', '3118.75'],
      ['Kontantkassa', '1200'],
      ['Summa tillgångar', '88531.25'],
    ]);
    expect(findingsOf(columnTotal, [{ file: 'a.txt', text }])).toEqual([]);
  });

  it('reads a Markdown table of two years so, a lone "950.00" a decimal, "1.250" a reading; a wrong total is an error where every cell is certain', () => {
    const md =
      'Intäkter i kronor:\n\n| Post | 2019 | 2020 |\n|---|---|---|\n| Medlemsavgifter | 41.350.00 | 43.900.00 |\n| Bidrag | 12.000.50 | 1.250 |\n| Räntor | 950.00 | 0.25 |\n| Summa | 54.310.50 | 46.150.25 |\n';
    const [t] = docOf({ file: 'b.md', text: md }).tables;
    expect(read(t!)).toEqual([
      ['Medlemsavgifter', '41350', '43900'],
      ['Bidrag', '12000.5', '1250?'],
      ['Räntor', '950', '0.25'],
      ['Summa', '54310.5', '46150.25'],
    ]);
    // 2019: 41 350 + 12 000,50 + 950 = 54 300,50, not 54 310,50, every cell certain: an error.
    // 2020: 43 900 + 1 250 + 0,25 = 45 150,25, not 46 150,25, but "1.250" is a reading: a warning.
    const found = findingsOf(columnTotal, [{ file: 'b.md', text: md }]);
    expect(found.map((f) => f.severity)).toEqual(['error', 'warning']);
    expect(found[0]!.message).toContain('54 300,5');
    expect(found[1]!.message).toContain('45 150,25');
  });
});
