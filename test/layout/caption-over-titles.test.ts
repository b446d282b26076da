import { describe, expect, it } from 'vitest';
import { captionOverTitles } from '../../src/layout/caption-over-titles.js';
import { docOf } from '../rules/rule-tester.js';

/** A title line right above a header set apart by two spaces: tables written for this test. */
const lines = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));

describe('a title line right above a two-space header', () => {
  it('is the caption when the aligned reader reads a table with a header under it', () => {
    const text = 'Driftredovisning (tkr)\nEnhet  Budget  Utfall\nSkola  4 100  4 050\nFörskola  2 900  2 980\nSumma  7 000  7 030\n';
    expect(captionOverTitles('t.txt', lines(text), 0)).toBe(true);
    // A line of figures under it is a row, not titles; a line with figures is no title.
    expect(captionOverTitles('t.txt', lines('Driftredovisning\nSkola  4 100  4 050\nFörskola  2 900  2 980\nSumma  7 000  7 030\n'), 0)).toBe(false);
    expect(captionOverTitles('t.txt', lines('Enheter 12 st\nEnhet  Budget  Utfall\nSkola  4 100  4 050\nFörskola  2 900  2 980\nSumma  7 000  7 030\n'), 0)).toBe(false);
  });

  it('leaves the header its own titles and the caption its unit', () => {
    const text = 'Balansräkning, tkr\nBelopp i tkr  Not  2024  2023\nFordringar  7  21 200  20 450\nLikvida medel  8  93 130  90 280\nSumma    114 330  110 730\n';
    const [t] = docOf({ file: 't.txt', text }).tables;
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2024', '2023']);
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')])).toEqual([
      ['Fordringar', '21200000', '20450000'],
      ['Likvida medel', '93130000', '90280000'],
      ['Summa', '114330000', '110730000'],
    ]);
  });
});
