import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A note mark set apart from its figure by a space ("12 300 *"): the figure's, no cell. Examples written for this test. */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('note marks set apart from their figures in single-spaced rows', () => {
  it('reads a star after a figure as that figure\'s mark, in any column', () => {
    const [t] = tablesOf(['Kommun Elever Lärare', 'Ale 12 300 * 950', 'Borås 8 450 610 *', 'Falun 4 120 * 305', 'Hjo 1 980 140']);
    expect(rowsOf(t!)).toEqual([
      ['Ale', '12300', '950'],
      // "8 450 610" may be 8 | 450 610 as well: a guess, as without the mark.
      ['Borås', '8450?', '610?'],
      ['Falun', '4120', '305'],
      ['Hjo', '1980?', '140?'],
    ]);
    expect(t!.rows[0]!.cells[0]!.raw).toBe('12 300 *');
  });

  it('reads superscript marks so, under years, the figures grouped by thin spaces', () => {
    const [t] = tablesOf(['Utgifter (mnkr) 2022 2023', 'Skola 1\u2009204 ¹ 1\u2009310', 'Vård 3\u2009415 3\u2009520 ²', 'Kultur 240 ¹ 255', 'Summa 4\u2009859 5\u2009085']);
    expect(rowsOf(t!)).toEqual([
      ['Skola', '1204000000', '1310000000'],
      ['Vård', '3415000000', '3520000000'],
      ['Kultur', '240000000', '255000000'],
      ['Summa', '4859000000', '5085000000'],
    ]);
  });
});
