import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { gappedHeader } from '../../src/layout/gapped-header.js';
import { docOf } from '../rules/rule-tester.js';

/** Web tables whose header cells were copied one paragraph each. Written for this test. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const src = (raw: string[]) => raw.map((r, k) => ({ raw: r, line: k + 1 }));

describe('a header one title a paragraph (gapped-header.ts)', () => {
  // A row here holds as many values as it has numbers of two digit groups.
  const values = (s: { raw: string }) => {
    const n = s.raw.match(/\d{1,3} \d{3}/g)?.length ?? 0;
    return n > 0 ? { min: n, max: n } : null;
  };

  it('takes the titles as columns, the first over the labels when the row holds one fewer', () => {
    expect(gappedHeader(src(['Invånare 2023', '', 'Totalt', '', 'Kvinnor', '', 'Män', 'Alla 10 500 5 200 5 300']), 0, values)).toEqual({ end: 7, label: 'Invånare 2023', titles: ['Totalt', 'Kvinnor', 'Män'] });
    // As many titles as values: every title is a column.
    expect(gappedHeader(src(['Utfall', '', 'Budget', '', 'Plan', 'Skola 12 400 13 000 13 500']), 0, values)).toEqual({ end: 5, label: '', titles: ['Utfall', 'Budget', 'Plan'] });
    // Two lines are as often a heading and a unit line.
    expect(gappedHeader(src(['Resultaträkning', '', 'Tusental kronor', 'Intäkter 412 330']), 0, values)).toBeNull();
    // Two blank lines, a sentence, or no row under the last title: no header.
    expect(gappedHeader(src(['Invånare', '', '', 'Totalt', '', 'Män', 'Alla 10 500 5 300']), 0, values)).toBeNull();
    expect(gappedHeader(src(['Så här gick det till.', '', 'Totalt', '', 'Män', 'Alla 10 500 5 300']), 0, values)).toBeNull();
    expect(gappedHeader(src(['Invånare', '', 'Totalt', '', 'Män', '']), 0, values)).toBeNull();
  });

  it('reads a fact table whose header cells are paragraphs: titles over the columns, the first over the labels', () => {
    const text = ['Kommunen i siffror', '', 'Befolkning 2023', '', 'Totalt', '', 'Kvinnor', '', 'Män', 'Samtliga 48 210 24 020 24 190', 'Födda 512 250 262', 'Döda 431 220 211', 'Inflyttade 2 904 1 450 1 454', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Totalt', 'Kvinnor', 'Män']);
    expect(rowsOf(t!)).toEqual([
      ['Samtliga', '48210', '24020', '24190'],
      ['Födda', '512', '250', '262'],
      ['Döda', '431', '220', '211'],
      ['Inflyttade', '2904', '1450', '1454'],
    ]);
  });

  it('reads the same in another layout: titles of two words, a unit in one, no title over the labels', () => {
    const text = ['Budget', '', 'Utfall 2022', '', 'Budget 2023', '', 'Plan 2024', 'Skola 412,5 430,0 441,2', 'Omsorg 388,1 395,5 402,0', 'Kultur 41,0 42,2 43,9', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Utfall 2022', 'Budget 2023', 'Plan 2024']);
    expect(rowsOf(t!)).toEqual([
      ['Skola', '412.5', '430', '441.2'],
      ['Omsorg', '388.1', '395.5', '402'],
      ['Kultur', '41', '42.2', '43.9'],
    ]);
  });
});
