import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Row labels that end in a number ("Projekt 12", "Utbetalt 2022", "Åtgärd 4.2") in single-spaced
 * tables: the number is read as one figure too many, and rows so are neither counted as wider
 * rows nor kept with it. Examples written for this test.
 */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('label numbers in single-spaced rows', () => {
  it('counts the columns without them where the other rows read so, under titles that do not count the columns', () => {
    const [t] = tablesOf([
      'Post Utfall Budget Prognos Avvikelse totalt',
      'Anslag 22:1 64,72 43,92 66,77 20,80',
      'Projekt 12 79,01 12,57 14,17 66,44',
      'Åk 7–9 63,60 14,99 31,15 48,61',
      'Utbetalt 2022 30,14 16,68 90,83 -13,54',
      'Övrigt 25,18 8,62 74,95 16,56',
    ]);
    expect(rowsOf(t!)).toEqual([
      ['Anslag 22:1', '64.72', '43.92', '66.77', '20.8'],
      ['Projekt 12', '79.01', '12.57', '14.17', '66.44'],
      ['Åk 7–9', '63.6', '14.99', '31.15', '48.61'],
      ['Utbetalt 2022', '30.14', '16.68', '90.83', '-13.54'],
      ['Övrigt', '25.18', '8.62', '74.95', '16.56'],
    ]);
  });

  it('keeps the header\'s count of columns where half the rows end their labels in numbers, a section number among them', () => {
    const [t] = tablesOf(['Insats Kvinnor Män Totalt', 'Fas 3 14 12 26', 'Åtgärd 4.2 8 9 17', 'Etapp 2 21 19 40', 'Coachning 30 25 55', 'Praktik 12 15 27', 'Studier 7 6 13']);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Kvinnor', 'Män', 'Totalt']);
    expect(rowsOf(t!)).toEqual([
      ['Fas 3', '14', '12', '26'],
      ['Åtgärd 4.2', '8', '9', '17'],
      ['Etapp 2', '21', '19', '40'],
      ['Coachning', '30', '25', '55'],
      ['Praktik', '12', '15', '27'],
      ['Studier', '7', '6', '13'],
    ]);
  });
});
