import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { afterYearSpan } from '../../src/layout/year-span-label.js';

/** Rows labelled by a span of years before single-spaced values, written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'y.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));
const toks = (s: string) => s.split(' ').map((text) => ({ text }));

describe('a row labelled by a span of years', () => {
  it('keeps a spaced span whole in a table of year rows, the change row after them', () => {
    const text = [
      'Antal besökare per anläggning',
      'År Simhall Ishall Bibliotek Totalt',
      '2022 41 250 18 730 96 400 156 380',
      '2019 38 900 21 015 101 220 161 135',
      '2022 – 2019 2 350 -2 285 -4 820 -4 755',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['2022', '41250', '18730', '96400', '156380'],
        ['2019', '38900', '21015', '101220', '161135'],
        ['2022 – 2019', '2350', '-2285', '-4820', '-4755'],
      ],
    ]);
  });

  it('keeps a span after words in the label, under a header of kinds of cost', () => {
    const text = [
      'Miljoner kronor',
      'Nämnd Drift Investering Totalt',
      'Skolnämnden 412,5 86,0 498,5',
      'Omsorgsnämnden 398,1 131,4 529,5',
      'Förändring 2019 - 2020 -14,4 45,4 31,0',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Skolnämnden', '412500000', '86000000', '498500000'],
        ['Omsorgsnämnden', '398100000', '131400000', '529500000'],
        ['Förändring 2019 - 2020', '-14400000', '45400000', '31000000'],
      ],
    ]);
  });

  it('reads the span at the tokens, spaced or joined, and nothing else', () => {
    expect(afterYearSpan(toks('2006 - 2001 219 2 098'), 0)).toBe(3);
    expect(afterYearSpan(toks('2006–2001 219'), 0)).toBe(1);
    expect(afterYearSpan(toks('Förändring 2019 — 2018 12'), 1)).toBe(4);
    // A year and a negative figure, or a year and a plain figure, stay as they are.
    expect(afterYearSpan(toks('2006 -2001 219'), 0)).toBe(0);
    expect(afterYearSpan(toks('2006 - 201 219'), 0)).toBe(0);
    expect(afterYearSpan(toks('1 - 2001'), 0)).toBe(0);
  });
});
