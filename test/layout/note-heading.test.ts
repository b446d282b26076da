import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { isNoteHeading, isNoteOnly } from '../../src/layout/note-heading.js';
import { namesNoteColumn } from '../../src/layout/note-title.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Statements and notes printed as web tables: a header wrapped one title a line over a note
 * column, and section headings that carry their note ("Intäkter 1", or the note on a line of its
 * own). Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('note headings (note-heading.ts)', () => {
  it('knows a heading closed by one note number, a note alone, and a note column title', () => {
    expect(isNoteHeading('Intäkter 1')).toBe(true);
    expect(isNoteHeading('Generella statsbidrag och utjämning 12')).toBe(true);
    expect(isNoteHeading('Avgifter 12 400,5')).toBe(false);
    expect(isNoteHeading('Resultat 2023')).toBe(false);
    expect(isNoteHeading('intäkter 1')).toBe(false);
    expect(isNoteOnly('3')).toBe(true);
    expect(isNoteOnly('0')).toBe(false);
    expect(isNoteOnly('120')).toBe(false);
    expect(namesNoteColumn('(tkr) Not Utfall')).toBe(true);
    expect(namesNoteColumn('Belopp Noter 2023')).toBe(true);
    expect(namesNoteColumn('Notering 2023')).toBe(false);
  });

  it('reads a table whose first row is a heading with its note, the header one title a line', () => {
    const text = [
      'Noter',
      '',
      '(tkr) Not Utfall',
      '2022',
      'Budget',
      '2023',
      'Prognos',
      '2024',
      'Intäkter 1',
      'Avgifter 12 400,5 13 100,0 13 650,2',
      'Bidrag 4 210,0 4 000,0 4 100,0',
      'Summa intäkter 16 610,5 17 100,0 17 750,2',
      '',
      'Kostnader',
      '2',
      'Personal – 9 800,0 – 10 200,0 – 10 500,0',
      'Lokaler – 2 100,0 – 2 150,0 – 2 200,0',
      'Summa kostnader – 11 900,0 – 12 350,0 – 12 700,0',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Utfall 2022', 'Budget 2023', 'Prognos 2024']);
    expect(rowsOf(t!)).toEqual([
      ['Intäkter', 'null', 'null', 'null'],
      // "12 400,5" may be note 12 and 400,5: the figure is likelier, as a guess.
      ['Avgifter', '12400500?', '13100000?', '13650200?'],
      ['Bidrag', '4210000?', '4000000?', '4100000?'],
      ['Summa intäkter', '16610500', '17100000', '17750200'],
      // The note alone under the heading is the heading's, not a figure of 2 kronor.
      ['Kostnader', 'null', 'null', 'null'],
      ['Personal', '-9800000', '-10200000', '-10500000'],
      ['Lokaler', '-2100000', '-2150000', '-2200000'],
      ['Summa kostnader', '-11900000', '-12350000', '-12700000'],
    ]);
  });

  it('reads the same in another wording: "Noter" over the notes, millions, headings of other names', () => {
    const text = [
      'Mnkr Noter Bokslut',
      '2021',
      'Plan',
      '2022',
      'Plan',
      '2023',
      'Verksamhetens intäkter 4',
      'Taxor och avgifter 88,0 91,2 94,6',
      'Försäljning 12,5 13,0 13,4',
      'Summa 100,5 104,2 108,0',
      'Finansiella poster 5',
      'Ränteintäkter 1,2 1,0 1,0',
      'Räntekostnader – 3,4 – 3,9 – 4,1',
      'Summa – 2,2 – 2,9 – 3,1',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Bokslut 2021', 'Plan 2022', 'Plan 2023']);
    expect(rowsOf(t!).map((r) => r.slice(0, 2))).toEqual([
      ['Verksamhetens intäkter', 'null'],
      ['Taxor och avgifter', '88000000'],
      ['Försäljning', '12500000'],
      ['Summa', '100500000'],
      ['Finansiella poster', 'null'],
      ['Ränteintäkter', '1200000'],
      ['Räntekostnader', '-3400000'],
      ['Summa', '-2200000'],
    ]);
  });
});
