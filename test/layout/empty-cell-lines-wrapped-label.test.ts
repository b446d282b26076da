import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table pasted one cell a line, empty cells as lines of a space, where a long row label
 * wraps onto a second line with no blank line between its halves: the row is one row, and the
 * table goes on past it. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a wrapped row label among cells a line with empty cells (empty-cell-lines.ts)', () => {
  it('reads the wrapped label as one row under a note column', () => {
    const cells = [
      'Belopp i tkr', 'Not', '2022', '2023',
      'Intäkter', ' ', '540', '610',
      'Kostnader', '4', '-1 200', '-1 350',
      'Avgifter', ' ', '80', '85',
      'Bidrag', '5', '120', '95',
      'Nettokostnad före avskrivningar\noch finansiella poster', ' ', '-660', '-740',
      'Skatter', ' ', '700', '760',
      'Resultat', ' ', '40', '20',
    ];
    const [t] = tablesOf(`${cells.join('\n\n')}\n`);
    expect(t!.rows.length).toBe(7);
    expect(rowsOf(t!).map((r) => [r[0], ...r.slice(-2)])).toEqual([
      ['Intäkter', '540000', '610000'],
      ['Kostnader', '-1200000', '-1350000'],
      ['Avgifter', '80000', '85000'],
      ['Bidrag', '120000', '95000'],
      ['Nettokostnad före avskrivningar och finansiella poster', '-660000', '-740000'],
      ['Skatter', '700000', '760000'],
      ['Resultat', '40000', '20000'],
    ]);
  });

  it('reads a wrapped label in a table of two groups, an empty cell among the figures', () => {
    const cells = [
      'Mnkr', 'Kommunen', ' ', 'Koncernen', ' ',
      'Utfall', '2021', '2022', '2021', '2022',
      'Nyupptagna lån', '300', '250', '900', '820',
      'Amortering', '-120', ' ', '-400', '-380',
      'Räntor', '-12', '-14', '-40', '-44',
      'Investeringar', '-210', '-190', '-600', '-560',
      'Ökning av kortfristiga skulder\ntill kreditinstitut', '15', '20', '35', '41',
      'Utdelning', '-', '10', '-8', '-8',
      'Kassaflöde', '195', '280', '527', '473',
    ];
    const [t] = tablesOf(`${cells.join('\n\n')}\n`);
    expect(rowsOf(t!).map((r) => r[0])).toEqual(['Nyupptagna lån', 'Amortering', 'Räntor', 'Investeringar', 'Ökning av kortfristiga skulder till kreditinstitut', 'Utdelning', 'Kassaflöde']);
    expect(rowsOf(t!)[4]).toEqual(['Ökning av kortfristiga skulder till kreditinstitut', '15000000', '20000000', '35000000', '41000000']);
    expect(rowsOf(t!)[6]).toEqual(['Kassaflöde', '195000000', '280000000', '527000000', '473000000']);
  });
});
