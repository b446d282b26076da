import { describe, expect, it } from 'vitest';
import { withoutHeadedPageBreaks } from '../../src/layout/page-head-break.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('page furniture inside a table', () => {
  it('leaves out the page number, the running head and the blank lines between two rows, the other lines keeping their numbers', () => {
    const rows = withoutHeadedPageBreaks(src('Ale        10\n\n          3 (8)\n\fÅrsredovisning 2021\n\nLerum      20'));
    expect(rows.map((l) => l.line)).toEqual([1, 6]);
    // Cells set apart by blank lines keep one blank line between them.
    const cells = withoutHeadedPageBreaks(src('Ale\n\nSida 3 av 8\n\fÅrsredovisning 2021\n\nLerum'));
    expect(cells.map((l) => l.line)).toEqual([1, 2, 6]);
  });

  it('keeps them between paragraphs of prose, and where no page number stands before the form feed', () => {
    expect(withoutHeadedPageBreaks(src('Medlen fördelas så här.\n\n4\n\fBilaga 2\n\nDen andra delen.')).length).toBe(6);
    expect(withoutHeadedPageBreaks(src('Ale        10\n\fRapport\nLerum      20')).length).toBe(3);
  });

  it('reads an aligned table and a cell-per-line table broken over two pages as one table each', () => {
    const aligned = ['Bidrag per kommun (tkr)', '', 'Kommun        Bidrag', 'Ale               10', '', '                   7', '\fKommunförbundet   Rapport 2019:4', '', 'Lerum             20', 'Alingsås          30', 'Vårgårda           5', 'Summa             65', ''].join('\n');
    const [t] = docOf({ file: 'a.txt', text: aligned }).tables;
    expect(rowsOf(t!)).toEqual([
      ['Ale', '10000'],
      ['Lerum', '20000'],
      ['Alingsås', '30000'],
      ['Vårgårda', '5000'],
      ['Summa', '65000'],
    ]);
    const cells = ['Platser per skola', '', 'Skola', 'Platser', 'Norrskolan', '40', 'Sida 3 av 9', '\fSkolplan 2020', 'Söderskolan', '22', 'Västerskolan', '31', 'Österskolan', '18', 'Totalt', '111', ''].join('\n');
    const [u] = docOf({ file: 'b.txt', text: cells }).tables;
    expect(rowsOf(u!).map((r) => r[0])).toEqual(['Norrskolan', 'Söderskolan', 'Västerskolan', 'Österskolan', 'Totalt']);
  });
});
