import { describe, expect, it } from 'vitest';
import { byNoteOrder, notedSplits } from '../../src/layout/glued-note-run.js';
import { docOf } from '../rules/rule-tester.js';

/** Runs and tables written for this test: a note column whose numbers stand against the figures. */
const readings = (run: string): string[][] => notedSplits(run).map((r) => [run.slice(r.note.from, r.note.to), ...r.split.values.map((v) => run.slice(v.from, v.to))]);

describe('notedSplits', () => {
  it('takes a note of one or two digits off a run whose first token no figure has', () => {
    // "24" and "506 118": no value opens with five digits.
    expect(readings('24506 1182 904 771')).toEqual([['24', '506 118', '2 904 771']]);
    expect(readings('931 200-4 015')).toEqual([['9', '31 200', '-4 015'], ['93', '1 200', '-4 015']]);
  });

  it('reads no note before a nought, a sign or a space', () => {
    expect(readings('0512 300')).toEqual([]);
    expect(readings('7-12 300')).toEqual([]);
  });

  it('chooses between readings by the note column\'s order, and only when one fits', () => {
    const run = '2161 007 44588 120';
    const all = notedSplits(run);
    expect(all).toHaveLength(2);
    expect(byNoteOrder(all, run, 19)?.note).toEqual({ from: 0, to: 2 });
    expect(byNoteOrder(all, run, null)).toBeNull();
  });
});

const rowsOf = (text: string) =>
  docOf({ file: 'n.txt', text }).tables.map((t) => ({
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
    uncertain: t.rows.map((r) => r.cells.some((c) => c.uncertain !== undefined)),
  }));

describe('a glued table under a note column', () => {
  it('reads rows whose note runs into the first value, and ends at the next note\'s title', () => {
    const text = [
      'Finansieringsanalys',
      '',
      'Stiftelsen',
      'Not2022-01-01',
      '2022-12-31',
      '2021-01-01',
      '2021-12-31',
      'Gåvor och bidrag4 210 5503 880 125',
      'Utbetalda anslag12-3 975 000-3 640 500',
      'Förvaltningskostnader14412 600398 400',
      'Summa4 647 1504 638 025',
      '',
      'Not 12 Utbetalda anslag',
      '',
      'StiftelsenKoncernen',
      '2022-12-312021-12-312022-12-312021-12-31',
      'Forskning2 975 0002 640 5002 975 0002 640 500',
      'Utbildning1 000 0001 000 0001 000 0001 000 000',
      'Summa3 975 0003 640 5003 975 0003 640 500',
      '',
    ].join('\n');
    const tables = rowsOf(text);
    expect(tables[0]!.rows).toEqual([
      ['Gåvor och bidrag', '4210550', '3880125'],
      ['Utbetalda anslag', '-3975000', '-3640500'],
      ['Förvaltningskostnader', '412600', '398400'],
      ['Summa', '4647150', '4638025'],
    ]);
    expect(tables[1]!.rows[2]).toEqual(['Summa', '3975000', '3640500', '3975000', '3640500']);
  });

  it('takes the note that keeps the column\'s order where the digits allow two, and marks that row a guess', () => {
    const text = [
      'Belopp i kronor',
      'Noter 2023',
      '2022',
      'Hyresintäkter11250 4001 198 300',
      'Driftkostnader12-612 700-590 100',
      'Räntekostnader13-88 40071 050',
      // Note 1 and 441 007, or note 14 and 41 007: the notes above rose to 13.
      'Likvida medel vid årets slut1441 007612 400',
      '',
    ].join('\n');
    const [table] = rowsOf(text);
    expect(table!.rows).toEqual([
      ['Hyresintäkter', '250400', '1198300'],
      ['Driftkostnader', '-612700', '-590100'],
      ['Räntekostnader', '-88400', '71050'],
      ['Likvida medel vid årets slut', '41007', '612400'],
    ]);
    expect(table!.uncertain).toEqual([false, false, false, true]);
  });
});
