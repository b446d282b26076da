import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Rows pasted as paragraphs whose header comes again after a page break (text taken from a PDF); figures written here, sums checked by hand. */
const read = (text: string): (string | null)[][] => docOf({ text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const loud = (text: string) => findingsOf(columnTotal, text).filter((f) => f.severity !== 'info');

describe('the header again after a page break, between rows pasted as paragraphs', () => {
  it('is no row: one value column, the total sums the rows of both pages', () => {
    const text = 'Bidrag per kommun, tkr\n\nKommun\n2024\n\nAle\n120\n\nBorås\n340\n\nKumla\n75\n\n\nKommun\n2024\n\nMotala\n410\n\nSala\n55\n\nSumma\n1 000\n';
    expect(read(text)).toEqual([
      ['Ale', '120000'],
      ['Borås', '340000'],
      ['Kumla', '75000'],
      ['Motala', '410000'],
      ['Sala', '55000'],
      ['Summa', '1000000'],
    ]);
    expect(loud(text)).toEqual([]);
  });

  it('is no row: two value columns over regions, a section heading in a row\'s paragraph', () => {
    const text = [
      'Medel per län, kronor',
      '',
      'Län\nAnslag\nUtbetalt',
      'Norr\nNorrbottens län\n900\n850',
      'Jämtlands län\n400\n400',
      'Gävleborgs län\n700\n650',
      '',
      'Län\nAnslag\nUtbetalt',
      'Syd\nSkåne län\n1 500\n1 400',
      'Blekinge län\n500\n500',
      'Totalt\n4 000\n3 800',
    ].join('\n\n') + '\n';
    expect(read(text)).toEqual([
      ['Norr', null, null],
      ['Norrbottens län', '900', '850'],
      ['Jämtlands län', '400', '400'],
      ['Gävleborgs län', '700', '650'],
      ['Syd', null, null],
      ['Skåne län', '1500', '1400'],
      ['Blekinge län', '500', '500'],
      ['Totalt', '4000', '3800'],
    ]);
    expect(loud(text)).toEqual([]);
  });
});
