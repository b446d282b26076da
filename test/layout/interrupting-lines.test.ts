import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Tables of news pages copied as text with an advert's marker or a link between their rows; written for this test, figures invented. */
const read = (text: string) => {
  const d = docOf({ file: 't.txt', text });
  return {
    tables: d.tables.length,
    rows: d.tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => `${c.value?.toString() ?? ''}${c.uncertain !== undefined ? '?' : ''}`)]),
  };
};

describe('a line between two rows of one table', () => {
  const rows = [
    ['Ale', '12.5', '13'],
    ['Alingsås', '20.1', '21.4'],
    ['Borås', '45', '47.2'],
    ['Lerum', '18.3', '19'],
    ['Summa', '95.9', '100.6'],
  ];

  it('keeps "Annons" out of a tab table, and an advert set apart by blank lines does not cut it', () => {
    const tab = ['Kommun\t2024\t2025', 'Ale\t12,5\t13,0', 'Alingsås\t20,1\t21,4', 'Annons', 'Borås\t45,0\t47,2', 'Lerum\t18,3\t19,0', 'Summa\t95,9\t100,6'].join('\n');
    expect(read(tab)).toEqual({ tables: 1, rows });
    // Cut in two by the blank lines, the parts are one table: nothing but the advert stands between. The join is a
    // reading, so the second part's cells are marked uncertain (a sum over them warns, never errs).
    const cut = tab.replace('\nAnnons\n', '\n\nANNONS\n\n');
    expect(read(cut)).toEqual({ tables: 1, rows: rows.map((r, i) => (i < 2 ? r : [r[0], `${r[1]}?`, `${r[2]}?`])) });
  });

  it('keeps a link to another article out of a single-spaced table and out of one pasted a cell a line', () => {
    const spaced = ['Kommun 2024 2025', 'Ale 12,5 13,0', 'Alingsås 20,1 21,4', 'Läs mer: Skolan får nya pengar', 'Borås 45,0 47,2', 'Lerum 18,3 19,0', 'Summa 95,9 100,6'].join('\n');
    expect(read(spaced).rows.map((r) => r[0])).toEqual(['Ale', 'Alingsås', 'Borås', 'Lerum', 'Summa']);
    const cells = ['Region', 'Belopp (tkr)', 'Region Stockholm', '12 400', 'Region Uppsala', '4 100', 'Läs också: Så ska vårdköerna kortas', 'Region Skåne', '11 200', 'Region Halland', '3 100', 'Totalt', '30 800'].join('\n');
    expect(read(cells).rows).toEqual([
      ['Region Stockholm', '12400000'],
      ['Region Uppsala', '4100000'],
      ['Region Skåne', '11200000'],
      ['Region Halland', '3100000'],
      ['Totalt', '30800000'],
    ]);
    // The link is kept as a sentence of the document, not lost.
    expect(docOf({ file: 't.txt', text: cells }).sentences.map((s) => s.text)).toContain('Läs också: Så ska vårdköerna kortas');
  });
});
