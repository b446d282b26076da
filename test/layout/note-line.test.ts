import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { isNoteLine } from '../../src/layout/note-line.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A note's title line ("Not 9 Kortfristiga skulder") right above the note's figures, with no
 * header of their own: the title is the table's caption, not a header line, and a note title
 * among the rows begins the next note. Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('note title lines (note-line.ts)', () => {
  it('knows a note title: "Not", a note number, words without figures', () => {
    expect(isNoteLine('Not 9 Kortfristiga skulder')).toBe(true);
    expect(isNoteLine('NOT 21 Pensionsavsättningar')).toBe(true);
    expect(isNoteLine('Not 4. Övriga intäkter')).toBe(true);
    expect(isNoteLine('Not 17 – Borgensåtaganden')).toBe(true);
    expect(isNoteLine('  Not 3 Skatter, avgifter och bidrag  ')).toBe(true);
    // A note column's title over years, or over a row's figures, is no title.
    expect(isNoteLine('Not 2023 2022')).toBe(false);
    expect(isNoteLine('Not 3 2 400 1 900')).toBe(false);
    expect(isNoteLine('Not 5 Lån 2023')).toBe(false);
    // Running text that mentions a note, and a word that opens with the letters.
    expect(isNoteLine('not 3 avser lånen')).toBe(false);
    expect(isNoteLine('Noten 3 visar lånen')).toBe(false);
    expect(isNoteLine('Not')).toBe(false);
  });

  it('reads a single-spaced note without a header under its title', () => {
    const text = ['Not 9 Kortfristiga skulder', 'Leverantörsskulder 12,4 10,8', 'Upplupna kostnader 30,1 28,7', 'Övriga skulder 4,0 3,5', 'Summa 46,5 43,0', ''].join('\n');
    const [t, more] = tablesOf(text);
    expect(more).toBeUndefined();
    expect(t!.caption).toBe('Not 9 Kortfristiga skulder');
    expect(rowsOf(t!)).toEqual([
      ['Leverantörsskulder', '12.4', '10.8'],
      ['Upplupna kostnader', '30.1', '28.7'],
      ['Övriga skulder', '4', '3.5'],
      ['Summa', '46.5', '43'],
    ]);
  });

  it('reads a space-aligned note under its title, and under a sentence that explains it', () => {
    const text = [
      'Beloppen avser de lån som förfaller efter mer än ett år.',
      'NOT 21 Långfristiga lån',
      'Banklån          210,0     180,5',
      'Obligationslån   400,0     400,0',
      'Summa            610,0     580,5',
      '',
    ].join('\n');
    const [t, more] = tablesOf(text);
    expect(more).toBeUndefined();
    expect(t!.caption).toBe('NOT 21 Långfristiga lån');
    expect(rowsOf(t!)).toEqual([
      ['Banklån', '210', '180.5'],
      ['Obligationslån', '400', '400'],
      ['Summa', '610', '580.5'],
    ]);
  });

  it('begins a new table at each note title among the rows under one header', () => {
    const text = [
      'Tkr 2024 2023',
      'Not 4 Finansiella intäkter',
      'Ränteintäkter 310 290',
      'Utdelningar 120 95',
      'Summa 430 385',
      'Not 5 Finansiella kostnader',
      'Räntekostnader 85 70',
      'Bankavgifter 15 12',
      'Summa 100 82',
      '',
    ].join('\n');
    const tables = tablesOf(text);
    expect(tables.map((t) => t.caption)).toEqual(['Not 4 Finansiella intäkter', 'Not 5 Finansiella kostnader']);
    expect(tables.map((t) => t.columns.map((c) => c.header.join(' ')))).toEqual([
      ['2024', '2023'],
      ['2024', '2023'],
    ]);
    expect(rowsOf(tables[1]!)).toEqual([
      ['Räntekostnader', '85000', '70000'],
      ['Bankavgifter', '15000', '12000'],
      ['Summa', '100000', '82000'],
    ]);
  });
});
