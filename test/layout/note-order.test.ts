import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { breaksNoteOrder, noteNumber } from '../../src/layout/note-order.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Single-spaced statements under a note column whose notes rise down the rows: a later row's small
 * first figure that would be a note below the notes above it opens its first value. Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('noteNumber', () => {
  it('reads the number a note cell starts with', () => {
    expect(noteNumber('3')).toBe(3);
    expect(noteNumber('12A')).toBe(12);
    expect(noteNumber('5, 6')).toBe(5);
    expect(noteNumber('0')).toBeNull();
    expect(noteNumber('123')).toBeNull();
  });
});

describe('spaced rows under a note column, notes in order', () => {
  it('reads a last row whose first figure would be a note below the notes above it as a figure, as a guess', () => {
    const text = [
      'Belopp i tkr Not 2023 2022',
      'Hyresintäkter 4 3 400 3 100',
      'Driftkostnader 5 -2 150 -2 120',
      'Finansnetto 6 -120 -95',
      'Årets resultat 1 130 885',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Hyresintäkter', '3400000', '3100000'],
      ['Driftkostnader', '-2150000', '-2120000'],
      ['Finansnetto', '-120000', '-95000'],
      ['Årets resultat', '1130000?', '885000?'],
    ]);
  });

  it('keeps notes that go on in order and reads the figure after them, under titles that each name a year', () => {
    const text = [
      'Mnkr Not Utfall 2023 Budget 2024',
      'Avgifter 2 640 615',
      'Bidrag 3 1 800 1 550',
      'Personal 5 -880 -1 000',
      'Övriga kostnader 6 -310 -215',
      'Resultat 1 250 950',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Utfall 2023', 'Budget 2024']);
    expect(rowsOf(t!)).toEqual([
      ['Avgifter', '640000000', '615000000'],
      ['Bidrag', '1800000000', '1550000000'],
      ['Personal', '-880000000', '-1000000000'],
      ['Övriga kostnader', '-310000000', '-215000000'],
      // 1 would be a note below note 6: 1 250 and 950 (640 + 1 800 − 880 − 310 = 1 250).
      ['Resultat', '1250000000?', '950000000?'],
    ]);
  });
});

describe('breaksNoteOrder', () => {
  it('is true for a note at or below the first note once the notes went on past it', () => {
    expect(breaksNoteOrder(1, [1, 2, 3])).toBe(true);
    expect(breaksNoteOrder(2, [4, 5])).toBe(true);
  });

  it('is false for a note out of place above the first, a note before any went on, or the first note', () => {
    expect(breaksNoteOrder(3, [1, 2, 7])).toBe(false);
    expect(breaksNoteOrder(1, [1])).toBe(false);
    expect(breaksNoteOrder(1, [])).toBe(false);
  });
});

describe('spaced rows under a note column, a note out of place', () => {
  it('keeps a note that is out of order but above the first note, in a statement with decimals', () => {
    const text = [
      'Mnkr Not 2015 2016 2017',
      'Intäkter 1 177,3 163,5 168,9',
      'Kostnader 2 -990,2 -1 014,7 -1 058,5',
      'Avskrivningar 7 -19,7 -21,1 -24,4',
      'Skatteintäkter 3 660,6 699,2 735,1',
      'Resultat 1 048,0 1 127,0 1 174,9',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!).map((r) => r.slice(0, 2))).toEqual([
      ['Intäkter', '177300000'],
      ['Kostnader', '-990200000'],
      ['Avskrivningar', '-19700000'],
      ['Skatteintäkter', '660600000'],
      ['Resultat', '1048000000'],
    ]);
  });
});
