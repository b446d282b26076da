import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Single-spaced rows whose labels end in a number ("Fas 3", "Omställning 2024", "Coachning 14"):
 * read into the run of figures, the number makes the row one value wider than the rest, and two
 * such rows would widen the whole table by a column. Small whole numbers rising down the table
 * are note references instead, in a column of their own. Every example is written here; the
 * values were worked out by hand.
 */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' }).tables;
const rowsOf = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);

describe('single-spaced labels that end in a number', () => {
  it('keeps the years over the columns where two coded rows end their labels in numbers', () => {
    const [t, ...rest] = tablesOf([
      'Konto Verksamhet 2021 2022 2023',
      '4100 Fritidsgårdar 120 135 140',
      '4210 Fas 3 88 91 97',
      '4300 Bibliotek 310 305 322',
      '4420 Badhus 75 80 82',
      '4510 Etapp 2 40 42 45',
      '4600 Musikskola 66 70 71',
    ]);
    expect(rest).toHaveLength(0);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2021', '2022', '2023']);
    expect(rowsOf(t!)).toEqual([
      ['Fritidsgårdar', '120', '135', '140'],
      ['Fas 3', '88', '91', '97'],
      ['Bibliotek', '310', '305', '322'],
      ['Badhus', '75', '80', '82'],
      ['Etapp 2', '40', '42', '45'],
      ['Musikskola', '66', '70', '71'],
    ]);
    expect(t!.rows.map((r) => r.code)).toEqual(['4100', '4210', '4300', '4420', '4510', '4600']);
  });

  it('gives a year and a small number back to their labels under titles of words, figures with decimals', () => {
    const [t] = tablesOf([
      'Insats Beviljat Utbetalt Återbetalt',
      'Utbildning 1 250,5 980,0 12,5',
      'Omställning 2024 430,0 410,5 3,0',
      'Praktik 860,0 845,5 1,5',
      'Coachning 14 75,5 70,0 0,5',
      'Lönestöd 2 100,0 2 050,0 40,0',
      'Studier 310,0 295,5 6,0',
    ]);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Beviljat', 'Utbetalt', 'Återbetalt']);
    expect(rowsOf(t!)).toEqual([
      ['Utbildning', '1250.5', '980', '12.5'],
      ['Omställning 2024', '430', '410.5', '3'],
      ['Praktik', '860', '845.5', '1.5'],
      ['Coachning 14', '75.5', '70', '0.5'],
      ['Lönestöd', '2100', '2050', '40'],
      ['Studier', '310', '295.5', '6'],
    ]);
  });

  it('reads small numbers rising down a statement as notes in a column of their own, not as the labels\' numbers', () => {
    const [t] = tablesOf([
      'Kronor 2023 2022',
      'Nettoomsättning 2 812 400 790 100',
      'Övriga intäkter 3 12 300 9 800',
      'Personalkostnader -410 200 -398 700',
      'Övriga kostnader 4 -250 100 -240 500',
      'Avskrivningar -35 000 -33 000',
      'Rörelseresultat 129 400 127 700',
    ]);
    const rows = rowsOf(t!);
    expect(rows.map((r) => r[0])).toEqual(['Nettoomsättning', 'Övriga intäkter', 'Personalkostnader', 'Övriga kostnader', 'Avskrivningar', 'Rörelseresultat']);
    expect(rows[1]!.slice(-2)).toEqual(['12300', '9800']);
    expect(rows[3]!.slice(-2)).toEqual(['-250100', '-240500']);
  });
});
