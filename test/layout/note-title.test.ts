import { describe, expect, it } from 'vitest';
import { headsNoteColumn, isNoteTitle, namesNoteColumn } from '../../src/layout/note-title.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * The note column titled in capitals ("NOT", "NOTER"), as annual reports set their statement
 * heads, and section headings that print only their note ("Rörelsens intäkter 2"). Every
 * example is written here; values worked out by hand (base units: kronor).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? '') + (c.uncertain !== undefined ? '?' : ''))]);

describe('note column title', () => {
  it('knows the title in its usual spellings, and not the lower-case word of running text', () => {
    expect(['Not', 'Noter', 'NOT', 'NOTER', 'Not.'].map(isNoteTitle)).toEqual([true, true, true, true, true]);
    expect(['not', 'Nota', 'NOTA', 'Notering'].map(isNoteTitle)).toEqual([false, false, false, false]);
    expect(namesNoteColumn('(tkr) Koncernen Moderbolaget NOT 2024 2023 2024 2023')).toBe(true);
    expect(namesNoteColumn('se not 4 för detaljer')).toBe(false);
    expect(headsNoteColumn(['Mkr', 'NOTER 2024 2023'])).toBe(true);
    expect(headsNoteColumn(['NOTER', 'Belopp'])).toBe(false);
  });
});

describe('statements under a note column titled in capitals', () => {
  it('reads a group and parent company statement whose sections print a note after their heading', () => {
    const text = [
      'Resultaträkning',
      '',
      '(tkr) Koncernen Moderbolaget',
      'NOT 2024 2023 2024 2023',
      'Intäkter 1',
      'Hyror 2 512 300 498 120 470 210 455 900',
      'Övriga intäkter 3 21 400 19 880 30 150 28 400',
      'Summa intäkter 533 700 518 000 500 360 484 300',
      'Kostnader 4, 5',
      'Drift 6 -201 350 -195 200 -190 040 -184 100',
      'Personal 7, 8 -98 450 -94 300 -98 450 -94 300',
      'Summa kostnader -299 800 -289 500 -288 490 -278 400',
      'Rörelseresultat 233 900 228 500 211 870 205 900',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Koncernen 2024', 'Koncernen 2023', 'Moderbolaget 2024', 'Moderbolaget 2023']);
    expect(rowsOf(t!)).toEqual([
      ['Intäkter', '', '', '', ''],
      // "2 512 300" could be the first figure: a guess, so marked.
      ['Hyror', '512300000?', '498120000?', '470210000?', '455900000?'],
      ['Övriga intäkter', '21400000', '19880000', '30150000', '28400000'],
      ['Summa intäkter', '533700000', '518000000', '500360000', '484300000'],
      ['Kostnader', '', '', '', ''],
      ['Drift', '-201350000', '-195200000', '-190040000', '-184100000'],
      ['Personal', '-98450000', '-94300000', '-98450000', '-94300000'],
      ['Summa kostnader', '-299800000', '-289500000', '-288490000', '-278400000'],
      // No note: "233" could be one, so the row is a guess too.
      ['Rörelseresultat', '233900000?', '228500000?', '211870000?', '205900000?'],
    ]);
  });

  it('reads a one-entity statement in millions with NOTER and a heading that carries its note', () => {
    const text = [
      'Belopp i mnkr',
      'NOTER 2024 2023',
      'Verksamhetens intäkter 1 1 204 1 150',
      'Verksamhetens kostnader 2 -3 880 -3 702',
      'Avskrivningar 3 -190 -176',
      'Finansiella poster 4',
      'Räntor -32 -28',
      'Resultat -2 898 -2 756',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2024', '2023']);
    expect(rowsOf(t!).map((r) => r.map((v) => v.replace('?', '')))).toEqual([
      ['Verksamhetens intäkter', '1204000000', '1150000000'],
      ['Verksamhetens kostnader', '-3880000000', '-3702000000'],
      ['Avskrivningar', '-190000000', '-176000000'],
      ['Finansiella poster', '', ''],
      ['Räntor', '-32000000', '-28000000'],
      ['Resultat', '-2898000000', '-2756000000'],
    ]);
  });
});
