import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';

/**
 * Tables copied without the space between each row's label and its first value. Examples
 * written here in several layouts and wordings (kinds of grant with amount and count; budget items
 * under two years; county tables with a total); the sums are worked by hand in the comments.
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

// Region tables: three of six rows glued (county names), three of six glued ("X län" names).
const counties = [
  'Utbetalt belopp i kronor',
  '',
  'Län Gårdsstöd Vallstöd Ekostöd Fånggröda',
  'Stockholm12 345 678 234 567 1 234 567 0',
  'Uppsala23 456 789 345 678 2 345 678 12 345',
  'Södermanland 34 567 890 456 789 3 456 789 23 456',
  'Östergötland 45 678 901 567 890 4 567 890 34 567',
  'Kalmar5 678 912 67 891 567 891 45 678',
  'Summa 121 727 970 1 672 815 12 172 815 116 046',
  '',
].join('\n');

// 2 150 400 + 980 250 + 4 512 300 + 1 205 600 + 3 300 000 = 12 148 550; 310 + 120 + 455 + 98 + 402 = 1 385.
const lanNames = [
  'Län Kronor Ärenden',
  'Blekinge län2 150 400 310',
  'Gotlands län 980 250 120',
  'Västra Götalands län4 512 300 455',
  'Jämtlands län 1 205 600 98',
  'Skåne län3 300 000 402',
  'Totalt 12 148 550 1 385',
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

  it('gives the glued digits back in a region table, county names under one-word titles', () => {
    const [t] = tablesOf(counties);
    expect(rowsOf(t!).slice(0, 2)).toEqual([
      ['Stockholm', '12345678', '234567', '1234567', '0'],
      ['Uppsala', '23456789', '345678', '2345678', '12345'],
    ]);
    expect(rowsOf(t!)[4]).toEqual(['Kalmar', '5678912', '67891', '567891', '45678']);
    // A single-spaced reading either way: a sum over it can only warn.
    const first = t!.rows[0]!.cells[0]!;
    expect(first.readBy === 'spaced' || first.uncertain !== undefined).toBe(true);
  });

  it('reads "X län" names and finds no sum that disagrees', () => {
    const [t] = tablesOf(lanNames);
    expect(rowsOf(t!)).toEqual([
      ['Blekinge län', '2150400', '310'],
      ['Gotlands län', '980250', '120'],
      ['Västra Götalands län', '4512300', '455'],
      ['Jämtlands län', '1205600', '98'],
      ['Skåne län', '3300000', '402'],
      ['Totalt', '12148550', '1385'],
    ]);
    expect(findingsOf(columnTotal, lanNames).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves a note mark on one or two labels alone', () => {
    const text = ['Post 2022 2023', 'Intäkter1 450 500', 'Kostnader -300 -320', 'Avskrivningar -50 -55', 'Resultat 100 125', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)[0]!.slice(1)).toEqual(['450', '500']);
  });
});
