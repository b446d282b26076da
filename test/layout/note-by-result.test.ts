import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Statements copied out of a PDF with a note column, where a row's note runs into its first
 * figure ("Skatteintäkter 4 912,6 968,4 …": note 4 and 912,6, or 4 912,6 and no note). When the
 * sizes of the figures cannot tell, the result line under the row can: the reading under which
 * the result is a line above plus the rows between, in every column, is the one taken, and its
 * figures stay uncertain. Examples written for this test.
 */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);
const row = (t: Table, label: string) => rowsOf(t).find((r) => r[0] === label);

describe('a note run into the first figure, read by the result line under it', () => {
  it('takes the note where the figures grow past a thousand (label and figures on one line, four years)', () => {
    const [t] = tablesOf([
      'Resultatbudget',
      '',
      'mnkr Not Bokslut 2022 Budget 2023 Plan 2024 Plan 2025',
      'Verksamhetens nettokostnader – 1 020,5 – 1 061,0 – 1 103,4 – 1 150,2',
      'Skatteintäkter 4 912,6 968,4 1 004,1 1 047,9',
      'Generella statsbidrag och utjämning 5 140,3 125,0 131,6 138,8',
      'Verksamhetens resultat 32,4 32,4 32,3 36,5',
    ]);
    expect(row(t!, 'Skatteintäkter')).toEqual(['Skatteintäkter', '912600000?', '968400000?', '1004100000?', '1047900000?']);
  });

  it('takes the note on a line of figures under its label (six years, the result line under a label of its own)', () => {
    const [t] = tablesOf([
      'Resultatbudget',
      '',
      'mnkr Not Bokslut',
      '2022',
      'Budget',
      '2023',
      'Budget',
      '2024',
      'Plan',
      '2025',
      'Plan',
      '2026',
      'Plan',
      '2027',
      'Verksamhetens nettokostnader',
      '– 1 010,0 – 1 055,2 – 1 098,6 – 1 142,3 – 1 188,9 – 1 230,4',
      '',
      'Skatteintäkter',
      '7 861,4 899,0 935,7 1 006,2 1 044,8 1 081,5',
      'Generella statsbidrag och utjämning 8 171,2 182,6 190,3 168,0 173,5 179,0',
      '',
      'Verksamhetens resultat',
      '22,6 26,4 27,4 31,9 29,4 30,1',
    ]);
    expect(row(t!, 'Skatteintäkter')).toEqual(['Skatteintäkter', '861400000?', '899000000?', '935700000?', '1006200000?', '1044800000?', '1081500000?']);
  });

  it('leaves the row as the sizes read it when no result line adds up either way', () => {
    const [t] = tablesOf([
      'Resultatbudget',
      '',
      'mnkr Not Bokslut 2022 Budget 2023 Plan 2024 Plan 2025',
      'Verksamhetens nettokostnader – 1 020,5 – 1 061,0 – 1 103,4 – 1 150,2',
      'Skatteintäkter 4 912,6 968,4 1 004,1 1 047,9',
      'Generella statsbidrag och utjämning 5 140,3 125,0 131,6 138,8',
      'Verksamhetens resultat 40,0 32,4 32,3 36,5',
    ]);
    expect(row(t!, 'Skatteintäkter')![1]).toBe('4912600000?');
  });
});
