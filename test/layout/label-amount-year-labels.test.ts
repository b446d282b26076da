import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A list of one figure column, label and amount set apart by one space, where some labels close
 * with a year ("Vårkonsert 2023 18 000"): four digits are never a digit group of the amount, so
 * the year is the label's. Before, such a line was no row and the list was cut in parts or not
 * read. Written for this test in two layouts (under column titles, under a unit line) and two
 * wordings, values checked by hand.
 */
const doc = (text: string) => docOf({ file: 't.txt', text });
const rows = (text: string, t = 0): string[][] => doc(text).tables[t]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);

describe('a year closing a label in a list of one amount column', () => {
  it('keeps the year in the label under a line of column titles', () => {
    const text = [
      'Nämnden beviljade följande bidrag.',
      '',
      'Förening Beviljat belopp',
      'Blåsorkestern Vårkonsert 2023 18 000',
      'Bygdegårdsföreningen Taklagning 45 000',
      'Friluftsfrämjandet Skidskola 12 500',
      'Slöjdföreningen Sommarmarknad 2023 9 000',
      'Ungdomsrådet Lovaktiviteter 30 000',
      '',
      'Beslutet kan överklagas.',
    ].join('\n') + '\n';
    expect(doc(text).tables).toHaveLength(1);
    expect(rows(text)).toEqual([
      ['Blåsorkestern Vårkonsert 2023', '18000'],
      ['Bygdegårdsföreningen Taklagning', '45000'],
      ['Friluftsfrämjandet Skidskola', '12500'],
      ['Slöjdföreningen Sommarmarknad 2023', '9000'],
      ['Ungdomsrådet Lovaktiviteter', '30000'],
    ]);
  });

  it('keeps the year in the label under a unit line, years of plans in the labels', () => {
    const text = [
      'Investeringsplan',
      '',
      'Tusental kronor',
      'Reningsverk etapp norr 14 200',
      'Ny brandstation 2026 38 500',
      'Asfaltering 3 400',
      'Skolkök Ekbacken 2025 6 750',
      'Gatubelysning 1 900',
      '',
      'Planen revideras årligen.',
    ].join('\n') + '\n';
    expect(rows(text)).toEqual([
      ['Reningsverk etapp norr', '14200000'],
      ['Ny brandstation 2026', '38500000'],
      ['Asfaltering', '3400000'],
      ['Skolkök Ekbacken 2025', '6750000'],
      ['Gatubelysning', '1900000'],
    ]);
  });

  it('leaves rows that are mostly a year and a figure to the readers of two columns', () => {
    const text = [
      'Utfall per år',
      '',
      'Bidrag 2021 12 000',
      'Bidrag 2022 14 000',
      'Bidrag 2023 15 500',
      'Övrigt 2 000',
    ].join('\n') + '\n';
    const t = doc(text).tables;
    // Whatever reads it, no row takes its year as a label's end and drops it as a figure silently:
    // most lines end in a number, so this reader does not take them as labels closed by years.
    expect(t.every((tb) => !tb.rows.some((r) => /2021$/.test(r.label) && r.cells.length === 1))).toBe(true);
  });
});
