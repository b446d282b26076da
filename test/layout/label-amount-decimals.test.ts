import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A list of labels and small figures printed to fixed decimals, no line naming its columns
 * (label-amount-lines.ts), one a line or a blank line between; and a last row whose cell is two
 * hyphens typed for a dash. Examples written here.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

describe('small figures to fixed decimals, one a line', () => {
  it('reads them as a table, blank lines between', () => {
    const text = ['Kronor per invånare', '', 'Lindesberg 312,40', '', 'Nora 287,05', '', 'Hällefors 96,10', '', 'Ljusnarsberg 58,75', '', 'Läs mer om siffrorna här.', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Lindesberg', '312.4'],
      ['Nora', '287.05'],
      ['Hällefors', '96.1'],
      ['Ljusnarsberg', '58.75'],
    ]);
  });

  it('reads one decimal a line, and a last row of "--" as a dash', () => {
    const text = ['Andel i procent', '', 'Arbetare 41,2', 'Tjänstemän 33,9', 'Företagare 18,4', 'Övriga --', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Arbetare', '41.2'],
      ['Tjänstemän', '33.9'],
      ['Företagare', '18.4'],
      ['Övriga', '0'],
    ]);
    expect(t!.rows[3]!.cells[0]!.uncertain).toBe('--');
  });

  it('leaves lines whose small figures have no decimals, or mixed decimals, as text', () => {
    expect(tablesOf(['Kapitel 3', 'Avsnitt 12', 'Bilaga 4', ''].join('\n'))).toEqual([]);
    expect(tablesOf(['Nora 287,05', 'Hällefors 96,1', 'Ljusnarsberg 58', ''].join('\n'))).toEqual([]);
  });
});
