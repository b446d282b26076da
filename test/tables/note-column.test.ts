import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { isNoteColumn } from '../../src/tables/note-column.js';

describe('isNoteColumn', () => {
  it('takes a column titled Not or Noter whose cells are note numbers, one or several', () => {
    expect(isNoteColumn('Not', ['1', '', '3A', '22,23', '4, 5'])).toBe(true);
    expect(isNoteColumn('NOTER', ['2', '7 och 8'])).toBe(true);
    expect(isNoteColumn('Not', ['not 20 »', '', 'not 21 » not 36 »'])).toBe(true);
    expect(isNoteColumn('Not', ['4', '–', '5', '-'])).toBe(true);
  });

  it('takes an untitled column only when its cells are note links', () => {
    expect(isNoteColumn('', ['not 20 »', ' ', 'Not 6'])).toBe(true);
    expect(isNoteColumn('', ['20', '6'])).toBe(false);
    expect(isNoteColumn('', ['', ''])).toBe(false);
  });

  it('refuses a column of figures under the title Not', () => {
    expect(isNoteColumn('Not', ['12', '173,4'])).toBe(false);
    expect(isNoteColumn('Belopp', ['not 3 »'])).toBe(false);
  });
});

describe('a note column in a table', () => {
  it('is a label column, never a column of figures, with dashes for its empty cells', () => {
    const text = ['Mnkr\tNot\t2024\t2023', 'Avgifter\t4\t120\t110', 'Bidrag\t–\t80\t75', 'Räntor\t5, 6\t-15\t-12', 'Summa\t–\t185\t173', ''].join('\n');
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2024', '2023']);
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Avgifter', '120000000', '110000000'],
      ['Bidrag', '80000000', '75000000'],
      ['Räntor', '-15000000', '-12000000'],
      ['Summa', '185000000', '173000000'],
    ]);
  });

  it('does the same under "Noter" in columns set apart by spaces, empty note cells left blank', () => {
    const text = ['Belopp i tkr        Noter     2022     2023     2024', 'Hyror                  1      400      420      430', 'Avgifter                      150      160      170', 'Drift                  2     -300     -310     -320', 'Resultat                      250      270      280', ''].join('\n');
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2023', '2024']);
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Hyror', '400000', '420000', '430000'],
      ['Avgifter', '150000', '160000', '170000'],
      ['Drift', '-300000', '-310000', '-320000'],
      ['Resultat', '250000', '270000', '280000'],
    ]);
  });
});
