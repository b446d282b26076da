import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { codeDigits } from '../../src/layout/abbreviated-code.js';
import { gluedTitleLine } from '../../src/layout/glued-title-line.js';

/** Post codes set against their glued figures, and glued titles closed by a year; layouts written for this test. */
const tableOf = (text: string) => {
  const t = docOf({ file: 'v.txt', text }).tables[0]!;
  return { titles: t.columns.map((c) => c.header.join(' ')), rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]) };
};

describe('a post code glued to the figures after it', () => {
  it('reads "ap.12 0414 5900" as ap.1 and three figures, under titles closed by a year', () => {
    const text = [
      'Villkor för anslagsposterna (belopp i tkr)',
      '',
      'AnslagspostKreditSparande som disponeras 2025Indragning',
      'ap.12 0414 5900',
      'ap.23 1201 0000',
      'ap.37 7503 2000',
      '',
    ].join('\n');
    expect(tableOf(text)).toEqual({
      titles: ['Kredit', 'Sparande som disponeras 2025', 'Indragning'],
      rows: [
        ['ap.1', '2041000', '4590000', '0'],
        ['ap.2', '3120000', '1000000', '0'],
        ['ap.3', '7750000', '3200000', '0'],
      ],
    });
  });

  it('reads "dp." codes with two digits where one would open a figure with a nought', () => {
    expect(codeDigits('dp.', '105 0001 200')).toBe(2);
    expect(codeDigits('dp.', '25 0001 200')).toBe(1);
    expect(codeDigits('Summa', '25 0001 200')).toBe(0);
  });

  it('keeps lines with other figures or a year run into small letters no glued header', () => {
    expect(gluedTitleLine('Budget 2024Utfall 2024Avvikelse')).toEqual(['Budget 2024', 'Utfall 2024', 'Avvikelse']);
    expect(gluedTitleLine('Kod 12Län')).toBeNull();
    expect(gluedTitleLine('År 2023aTotaltSumma')).toBeNull();
  });
});
