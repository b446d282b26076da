import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Tables copied without the space between each row's label and its first value. Examples
 * written here in two layouts and wordings (kinds of grant with amount and count; budget items
 * under two years); the sums are worked by hand in the comments.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

// 12 450 300 + 4 080 000 + 96 500 + 1 373 200 = 18 000 000; 88 + 31 + 4 + 17 = 140.
const grants = [
  'Stödform Belopp Antal',
  'Projektstöd12 450 300 88',
  'Investeringsstöd4 080 000 31',
  'Startstöd96 500 4',
  'Kompetensstöd1 373 200 17',
  'Summa18 000 000 140',
  '',
].join('\n');

// 2022: 14 250 + 3 100 + 820 = 18 170; 2023: 15 100 + 3 350 + 905 = 19 355.
const budget = [
  'Verksamhet 2022 2023',
  'Grundskola14 250 15 100',
  'Gymnasieskola3 100 3 350',
  'Vuxenutbildning 820 905',
  'Totalt18 170 19 355',
  '',
].join('\n');

describe('labels glued to their first values', () => {
  it('gives the glued digits to the values when most rows are glued', () => {
    const [t] = tablesOf(grants);
    expect(rowsOf(t!)).toEqual([
      ['Projektstöd', '12450300', '88'],
      ['Investeringsstöd', '4080000', '31'],
      ['Startstöd', '96500', '4'],
      ['Kompetensstöd', '1373200', '17'],
      ['Summa', '18000000', '140'],
    ]);
  });

  it('reads a glued total row under a header of years', () => {
    const [t] = tablesOf(budget);
    expect(rowsOf(t!)).toEqual([
      ['Grundskola', '14250', '15100'],
      ['Gymnasieskola', '3100', '3350'],
      ['Vuxenutbildning', '820', '905'],
      ['Totalt', '18170', '19355'],
    ]);
    // A single-spaced reading: a sum over it can only warn.
    const cell = t!.rows[0]!.cells[0]!;
    expect(cell.readBy === 'spaced' || cell.uncertain !== undefined).toBe(true);
  });

  it('leaves a note mark on one or two labels alone', () => {
    const text = ['Post 2022 2023', 'Intäkter1 450 500', 'Kostnader -300 -320', 'Avskrivningar -50 -55', 'Resultat 100 125', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)[0]!.slice(1)).toEqual(['450', '500']);
  });
});
