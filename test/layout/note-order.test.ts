import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { noteNumber } from '../../src/layout/note-order.js';
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
