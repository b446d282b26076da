import { describe, expect, it } from 'vitest';
import { headingLinesAbove } from '../../src/layout/heading-above-label.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A section's heading on a line of its own right above a row label that stands over the row's
 * figures (single-spaced statements): the heading is a row of its own, not the label's first
 * line. Figures written for this test, sums checked by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a section heading above a row label over its figures (heading-above-label.ts)', () => {
  it('tells a heading from the first half of a wrapped label', () => {
    expect(headingLinesAbove(['FINANSIERINGSVERKSAMHETEN', 'Nyupptagna lån hos kreditinstitut och Kommuninvest'])).toBe(1);
    expect(headingLinesAbove(['Investeringar', 'Investering i materiella anläggningstillgångar', 'och immateriella tillgångar'])).toBe(1);
    // A label's first line is full: the next line's first word would not have fit on it.
    expect(headingLinesAbove(['Bidrag från', 'Migrationsverket'])).toBe(0);
    // It goes on in lower case.
    expect(headingLinesAbove(['Kassaflöde före', 'förändring av rörelsekapital'])).toBe(0);
    expect(headingLinesAbove(['Övrigt'])).toBe(0);
  });

  it('tells a heading in capitals longer than the label under it', () => {
    // The heading's line is not full by length, but a label does not change case where it wraps.
    expect(headingLinesAbove(['KASSAFLÖDE FRÅN FÖRÄNDRING AV RÖRELSEKAPITALET', 'Förändring av kundfordringar'])).toBe(1);
    expect(headingLinesAbove(['FINANSIERINGSVERKSAMHETEN', 'Upptagna lån'])).toBe(1);
    // Two lines both in capitals may still be one label wrapped.
    expect(headingLinesAbove(['RESULTAT EFTER', 'FINANSIELLA POSTER'])).toBe(0);
    const text = [
      'Kassaflödesanalys',
      'Belopp i mnkr Not 2022 2023',
      'Årets resultat 1 150 140',
      'Justering för avskrivningar 2 60 65',
      'Kassaflöde före förändring av rörelsekapital',
      '210 205',
      'FÖRÄNDRINGAR AV RÖRELSEKAPITALET I ÅRETS VERKSAMHET',
      'Förändring av kortfristiga fordringar',
      '6 -4',
      'Förändring av kortfristiga skulder 3 9 12',
      'Kassaflöde från den löpande verksamheten',
      '225 213',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    // 150 + 60 = 210, 210 + 6 + 9 = 225; 140 + 65 = 205, 205 − 4 + 12 = 213.
    expect(rowsOf(t!).filter((r) => r.slice(1).some((v) => v !== null))).toEqual([
      ['Årets resultat', '150000000', '140000000'],
      ['Justering för avskrivningar', '60000000', '65000000'],
      ['Kassaflöde före förändring av rörelsekapital', '210000000', '205000000'],
      ['Förändring av kortfristiga fordringar', '6000000', '-4000000'],
      ['Förändring av kortfristiga skulder', '9000000', '12000000'],
      ['Kassaflöde från den löpande verksamheten', '225000000', '213000000'],
    ]);
  });

  it('keeps a heading in capitals apart in a single-spaced statement with a note column', () => {
    const text = [
      'Kassaflödesanalys',
      'Belopp i mnkr Not 2022 2023',
      'DEN LÖPANDE VERKSAMHETEN',
      'Årets resultat 1 420 380',
      'Justering för avskrivningar 2 260 275',
      'Kassaflöde från den löpande verksamheten',
      '680 655',
      'INVESTERINGSVERKSAMHETEN',
      'Investering i materiella anläggningstillgångar',
      '-310 -290',
      'Försäljning av materiella anläggningstillgångar 3 25 40',
      'Kassaflöde från investeringsverksamheten',
      '-285 -250',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(rowsOf(t!).filter((r) => r.slice(1).some((v) => v !== null))).toEqual([
      ['Årets resultat', '420000000', '380000000'],
      ['Justering för avskrivningar', '260000000', '275000000'],
      ['Kassaflöde från den löpande verksamheten', '680000000', '655000000'],
      ['Investering i materiella anläggningstillgångar', '-310000000', '-290000000'],
      ['Försäljning av materiella anläggningstillgångar', '25000000', '40000000'],
      ['Kassaflöde från investeringsverksamheten', '-285000000', '-250000000'],
    ]);
  });

  it('keeps a heading in ordinary case apart above a label wrapped over two lines, three year columns', () => {
    const text = [
      'Tkr 2021 2022 2023',
      'Intäkter',
      'Försäljning 500 520 560',
      'Avgifter 120 125 130',
      'Bidrag 80 85 90',
      'Investeringar',
      'Investering i materiella anläggningstillgångar',
      'och immateriella tillgångar',
      '-400 -420 -450',
      'Försäljning av inventarier 15 10 12',
      'Summa -385 -410 -438',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(rowsOf(t!).filter((r) => r.slice(1).some((v) => v !== null)).slice(3)).toEqual([
      ['Investering i materiella anläggningstillgångar och immateriella tillgångar', '-400000', '-420000', '-450000'],
      ['Försäljning av inventarier', '15000', '10000', '12000'],
      ['Summa', '-385000', '-410000', '-438000'],
    ]);
    expect(rowsOf(t!).map((r) => r[0])).toContain('Investeringar');
  });
});
