import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { groupNoteColumns, groupSpread } from '../../src/layout/group-notes.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Statements of two bodies side by side, each with its own note column ("Not 2021 2020 Not 2021
 * 2020"), with columns set apart by single spaces. Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('groupNoteColumns', () => {
  it('gives the note columns among the value columns when each group of years has one', () => {
    expect(groupNoteColumns(['Not', '2018', '2017', 'Not', '2018', '2017'])).toEqual([0, 3]);
    expect(groupNoteColumns(['Mnkr', 'NOT', '2023', 'NOT', '2023', '2022'])).toEqual([0, 2]);
    expect(groupNoteColumns(['Tkr', 'Noter', '2021', '2020', 'Noter', '2021', '2020', 'Noter', '2021'])).toEqual([0, 3, 6]);
  });

  it('gives nothing for one note column, a note title without years after it, or other words among the titles', () => {
    expect(groupNoteColumns(['Not', '2018', '2017'])).toBeNull();
    expect(groupNoteColumns(['2018', 'Not', '2017', 'Not'])).toBeNull();
    expect(groupNoteColumns(['Not', '2018', 'Budget', 'Not', '2018'])).toBeNull();
    expect(groupNoteColumns(['Kommunen', 'Koncernen'])).toBeNull();
  });
});

describe('groupSpread', () => {
  it('sums the spread of sizes within each group, note columns and empty cells left out', () => {
    // Group one: 3 and 3; group two: 4 and 4.
    expect(groupSpread([null, 3, 3, null, 4, 4], [0, 3])).toBe(0);
    // Group two: 3 and 4 (mean 3,5): 0,25 + 0,25.
    expect(groupSpread([null, 3, 3, 1, 3, 4], [0, 3])).toBe(0.5);
  });
});

describe('spaced statements with a note column per group', () => {
  it('reads notes of both groups as notes, and a row without notes under the figure columns', () => {
    const text = [
      'Resultaträkning, mnkr KOMMUNEN KONCERNEN',
      'Not 2021 2020 Not 2021 2020',
      'Verksamhetens intäkter 1 212,4 198,0 2 1 305,6 1 250,1',
      'Verksamhetens kostnader 3 -1 050,2 -990,7 4 -1 960,3 -1 880,2',
      'Avskrivningar 5 -40,1 -38,9 -120,4 -115,0',
      'Skatteintäkter 6 900,3 870,2 900,3 870,2',
      'Resultat 22,4 38,6 125,2 125,1',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['KOMMUNEN 2021', 'KOMMUNEN 2020', 'KONCERNEN 2021', 'KONCERNEN 2020']);
    expect(rowsOf(t!)).toEqual([
      // "1 212,4" could be one figure: note 1 leaves the group alike in size, a guess.
      ['Verksamhetens intäkter', '212400000?', '198000000?', '1305600000?', '1250100000?'],
      ['Verksamhetens kostnader', '-1050200000', '-990700000', '-1960300000', '-1880200000'],
      ['Avskrivningar', '-40100000', '-38900000', '-120400000', '-115000000'],
      ['Skatteintäkter', '900300000?', '870200000?', '900300000?', '870200000?'],
      ['Resultat', '22400000', '38600000', '125200000', '125100000'],
    ]);
  });

  it('reads a small first figure of a group as a note or the start of a figure by which leaves the group alike in size, as a guess', () => {
    const text = [
      'Tkr Kommunen Koncernen',
      'NOT 2023 2022 NOT 2023 2022',
      'Mark och byggnader 7 845 120 812 400 9 2 310 560 2 245 900',
      'Maskiner 8 45 300 41 800 66 700 60 200',
      'Summa tillgångar 890 420 854 200 2 377 260 2 306 100',
      'Borgen 12 5 400 5 900 600 800',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Kommunen 2023', 'Kommunen 2022', 'Koncernen 2023', 'Koncernen 2022']);
    expect(rowsOf(t!)).toEqual([
      // "7 845 120" could be one figure, "66 700" note 66 and 700: the readings whose groups are alike in size, as guesses.
      ['Mark och byggnader', '845120000?', '812400000?', '2310560000?', '2245900000?'],
      ['Maskiner', '45300000?', '41800000?', '66700000?', '60200000?'],
      // "2 377 260" could be note 2 and 377 260: the sums of the rows above it settle it.
      ['Summa tillgångar', '890420000', '854200000', '2377260000', '2306100000'],
      ['Borgen', '5400000?', '5900000?', '600000?', '800000?'],
    ]);
  });
});
