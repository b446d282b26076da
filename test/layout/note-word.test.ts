import { describe, expect, it } from 'vitest';
import { afterNoteWord, isNoteRefOnly } from '../../src/layout/note-word.js';
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
        ['Hyresintäkter', '412500000', '398000000'],
        ['Övriga intäkter', '8400000', '7900000'],
        ['Summa intäkter', '420900000', '405900000'],
        ['Driftkostnader', '-210300000', '-201700000'],
        ['Underhåll', '-54000000', '-50200000'],
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

describe('isNoteRefOnly', () => {
  it('is a note word and its note or note list, nothing else', () => {
    expect(isNoteRefOnly(toks('Not 9'))).toBe(true);
    expect(isNoteRefOnly(toks('not 1, 2'))).toBe(true);
    expect(isNoteRefOnly(toks('Noter 3A'))).toBe(true);
  });
  it('is no label with words, no bare number and no list left open', () => {
    expect(isNoteRefOnly(toks('Skatt Not 3'))).toBe(false);
    expect(isNoteRefOnly(toks('Not'))).toBe(false);
    expect(isNoteRefOnly(toks('9'))).toBe(false);
    expect(isNoteRefOnly(toks('Not 1,'))).toBe(false);
    expect(isNoteRefOnly(toks('Not 1 2'))).toBe(false);
  });
});

describe('a row whose label stands on the line above its note and figures', () => {
  it('takes the line above as the label, and a short row goes where the result line adds up', () => {
    // The first row right under the header, a row in the middle, and a short row of the group's columns only.
    const text = [
      'Resultaträkning (tkr)',
      '',
      'Kommunen Koncernen',
      '2023 2022 2023 2022',
      'Intäkter',
      'Not 1 54 210 51 980 88 400 84 120',
      'Kostnader Not 2 – 60 115 – 57 330 – 90 050 – 86 210',
      'Nettokostnader',
      '– 5 905 – 5 350 – 1 650 – 2 090',
      'Skatt på årets resultat',
      'Not 3 – 420 – 380',
      'Årets resultat',
      '– 5 905 – 5 350 – 2 070 – 2 470',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Intäkter', '54210000', '51980000', '88400000', '84120000'],
        ['Kostnader', '-60115000', '-57330000', '-90050000', '-86210000'],
        ['Nettokostnader', '-5905000', '-5350000', '-1650000', '-2090000'],
        ['Skatt på årets resultat', null, null, '-420000', '-380000'],
        ['Årets resultat', '-5905000', '-5350000', '-2070000', '-2470000'],
      ],
    ]);
    const doc = docOf({ file: 'a.txt', text });
    expect(doc.tables[0]!.caption).toBeNull();
  });

  it('reads a lower-case note list under a label in millions', () => {
    const text = ['Belopp i mnkr 2024 2023', 'Hyresintäkter', 'not 1, 2 812,4 790,1', 'Driftkostnader not 3 -402,7 -388,5', 'Underhåll', 'not 4 -96,0 -91,2', 'Driftnetto 313,7 310,4', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Hyresintäkter', '812400000', '790100000'],
        ['Driftkostnader', '-402700000', '-388500000'],
        ['Underhåll', '-96000000', '-91200000'],
        ['Driftnetto', '313700000', '310400000'],
      ],
    ]);
  });
});
