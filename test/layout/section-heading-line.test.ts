import { describe, expect, it } from 'vitest';
import { isSectionHeadingLine } from '../../src/layout/section-heading-line.js';
import { docOf } from '../rules/rule-tester.js';

/** Section headings on lines of their own in a table aligned by spaces; figures written here, sums checked by hand. */
const rowsOf = (text: string): [string, string][] => docOf({ text }).tables[0]!.rows.map((r) => [r.label, r.kind]);

describe('a section heading line between labelled rows', () => {
  it('tells a heading from the end of a wrapped label', () => {
    expect(isSectionHeadingLine('Summa Norra Sverige', 'Södra Sverige', true)).toBe(true);
    expect(isSectionHeadingLine('Bidrag till kommuner', 'INTÄKTER', true)).toBe(true);
    expect(isSectionHeadingLine('Myndigheter m.fl. in- och', 'utlåning i RGK', true)).toBe(false);
    expect(isSectionHeadingLine('Bidrag till kommuner,', 'Regioner', true)).toBe(false);
    expect(isSectionHeadingLine('Summa', 'Södra Sverige', false)).toBe(false);
    expect(isSectionHeadingLine('Summa', 'Område 2 (del)', true)).toBe(false);
  });

  it('keeps "Norra Sverige" / "Södra Sverige" as rows of their own under a header of years', () => {
    const text = [
      'Län                     2024     2025',
      'Norra Sverige',
      'Norrbottens län        1 200    1 350',
      'Västerbottens län        900    1 000',
      'Summa Norra Sverige    2 100    2 350',
      'Södra Sverige',
      'Skåne län              2 500    2 600',
      'Blekinge län             400      450',
      'Summa Södra Sverige    2 900    3 050',
      'Totalt                 5 000    5 400',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Norra Sverige', 'other'],
      ['Norrbottens län', 'data'],
      ['Västerbottens län', 'data'],
      ['Summa Norra Sverige', 'subtotal'],
      ['Södra Sverige', 'other'],
      ['Skåne län', 'data'],
      ['Blekinge län', 'data'],
      ['Summa Södra Sverige', 'subtotal'],
      ['Totalt', 'total'],
    ]);
  });

  it('keeps headings in capitals under a word header', () => {
    const text = ['Post                 Belopp', 'INTÄKTER', 'Skatter               4 100', 'Bidrag                1 900', 'KOSTNADER', 'Personal              3 800', 'Lokaler               1 700'].join('\n');
    expect(rowsOf(text).map((r) => r[0])).toEqual(['INTÄKTER', 'Skatter', 'Bidrag', 'KOSTNADER', 'Personal', 'Lokaler']);
  });

  it('leaves the end of a label wrapped around a row of figures to that row', () => {
    const text = ['Region                 2024        2025', 'Halland               1 350       4 143', 'Västra', '                       6 660      18 164', 'Götalandsregionen', 'Värmland                 999       2 045'].join('\n');
    expect(rowsOf(text).map((r) => r[0])).toEqual(['Halland', 'Västra Götalandsregionen', 'Värmland']);
  });
});
