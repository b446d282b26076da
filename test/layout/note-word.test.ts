import { describe, expect, it } from 'vitest';
import { afterNoteWord } from '../../src/layout/note-word.js';
import { docOf } from '../rules/rule-tester.js';

/** Income statements with note references in the rows, written for this test. */
const rowsOf = (text: string) => docOf({ file: 'a.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));
const toks = (s: string) => s.split(' ').map((text) => ({ text }));

describe('afterNoteWord', () => {
  it('gives the note after "not" to the label, a note list too', () => {
    expect(afterNoteWord(toks('Hyror not 1 412,5 398,0'), 2)).toBe(3);
    expect(afterNoteWord(toks('Löner Not 5, 6 -88,1 -85,4'), 2)).toBe(4);
  });
  it('leaves runs without the word alone, and never takes the last token', () => {
    expect(afterNoteWord(toks('Hyror 1 412,5 398,0'), 1)).toBe(1);
    expect(afterNoteWord(toks('Hyror not 12'), 2)).toBe(2);
  });
});

describe('statements with "not N" in the rows', () => {
  it('reads the amount after the note, not the note as a digit group', () => {
    const text = [
      'Resultaträkning (mnkr)',
      '',
      '2021 2020',
      'Hyresintäkter not 1 412,5 398,0',
      'Övriga intäkter 8,4 7,9',
      'Summa intäkter 420,9 405,9',
      'Driftkostnader not 2 -210,3 -201,7',
      'Underhåll not 3 -54,0 -50,2',
      'Summa kostnader -264,3 -251,9',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Hyresintäkter not 1', '412500000', '398000000'],
        ['Övriga intäkter', '8400000', '7900000'],
        ['Summa intäkter', '420900000', '405900000'],
        ['Driftkostnader not 2', '-210300000', '-201700000'],
        ['Underhåll not 3', '-54000000', '-50200000'],
        ['Summa kostnader', '-264300000', '-251900000'],
      ],
    ]);
  });

  it('reads a note list with a capital Not in a table in tusental kronor', () => {
    const text = ['Belopp i tkr 2022 2021', 'Nettoomsättning Not 2, 3 1 204 1 150', 'Personalkostnader Not 4 -630 -611', 'Övriga kostnader -402 -377', 'Rörelseresultat 172 162', ''].join('\n');
    expect(rowsOf(text)[0]!.map((r) => r.slice(1))).toEqual([
      ['1204000', '1150000'],
      ['-630000', '-611000'],
      ['-402000', '-377000'],
      ['172000', '162000'],
    ]);
  });
});
