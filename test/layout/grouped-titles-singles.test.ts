import { describe, expect, it } from 'vitest';
import { groupedCellTitles } from '../../src/layout/grouped-cell-titles.js';
import { docOf } from '../rules/rule-tester.js';

/** Group titles over repeated sub-titles with a column of its own beside them; figures written here. */
const headers = (text: string): string[] => docOf({ text }).tables[0]!.columns.map((c) => c.header.join('/'));
const read = (text: string): (string | null)[][] => docOf({ text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('group titles with single columns beside the repeated ones', () => {
  it('reads a group over one column before groups over years, titles and rows as paragraphs', () => {
    const text = [
      'Kostnader per område, tkr',
      'Totalt\nSkola\nVård',
      'Område\nSumma\n2023\n2024\n2023\n2024',
      'Norr\n100\n20\n30\n25\n25',
      'Syd\n200\n50\n40\n60\n50',
      'Summa\n300\n70\n70\n85\n75',
    ].join('\n\n') + '\n';
    expect(headers(text)).toEqual(['Totalt/Summa', 'Skola/2023', 'Skola/2024', 'Vård/2023', 'Vård/2024']);
    expect(read(text)).toEqual([
      ['Norr', '100000', '20000', '30000', '25000', '25000'],
      ['Syd', '200000', '50000', '40000', '60000', '50000'],
      ['Summa', '300000', '70000', '70000', '85000', '75000'],
    ]);
  });

  it('reads a group over one column after groups over years, one cell a line', () => {
    const text = 'Antal elever per län\n\nLän\nKvinnor\nMän\nPrognos\n2023\n2024\n2023\n2024\n2025\nUppsala län\n10\n12\n11\n13\n26\nSkåne län\n20\n22\n21\n23\n46\nGotlands län\n5\n6\n5\n6\n12\nHallands län\n7\n8\n9\n9\n18\n';
    expect(headers(text)).toEqual(['Kvinnor/2023', 'Kvinnor/2024', 'Män/2023', 'Män/2024', 'Prognos/2025']);
    expect(read(text)[1]).toEqual(['Skåne län', '20', '22', '21', '23', '46']);
  });

  it('needs the run to repeat: all-different sub-titles beside a single are no grouping', () => {
    expect(groupedCellTitles(['Område', 'Totalt', 'Skola', 'Vård', 'Summa', 'Lärare', 'Elever', 'Läkare', 'Patienter'], 9)).toBeNull();
    // The same titles with the run repeated are.
    expect(groupedCellTitles(['Område', 'Totalt', 'Skola', 'Vård', 'Summa', '2023', '2024', '2023', '2024'], 6)?.top).toEqual(['', 'Totalt', 'Skola', 'Skola', 'Vård', 'Vård']);
  });
});
