import { describe, expect, it } from 'vitest';
import { gluedYearHeader } from '../../src/layout/glued-year-header.js';
import { docOf } from '../rules/rule-tester.js';

/** A glued header of years that repeats its series under each group of a header above; written for this test, figures invented. */
const read = (text: string) => {
  const t = docOf({ file: 't.txt', text }).tables[0]!;
  return { headers: t.columns.map((c) => c.header.join(' / ')), rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]) };
};

describe('a glued run of years that repeats its series (glued-year-header.ts)', () => {
  it('splits the series again and again, and nothing that is not such a series', () => {
    expect(gluedYearHeader('2019202020192020')?.years).toEqual(['2019', '2020', '2019', '2020']);
    expect(gluedYearHeader('Län202120222023202120222023')).toEqual({ title: 'Län', years: ['2021', '2022', '2023', '2021', '2022', '2023'] });
    // Parts that differ, a part of one year, a year out of range.
    expect(gluedYearHeader('2019202020202021')).toBeNull();
    expect(gluedYearHeader('2019201920192019')).toBeNull();
    expect(gluedYearHeader('1819182018191820')).toBeNull();
  });

  it('reads wide-gap rows under two groups, each over 2019 and 2020', () => {
    const text = ['Intäkter och kostnader (mnkr)', '', '                     Intäkter      Kostnader', '                     2019202020192020', 'Region Uppsala       120  130  118  127', 'Region Örebro        95   99   90   97', 'Totalt               215  229  208  224'].join('\n');
    expect(read(text)).toEqual({
      headers: ['Intäkter / 2019', 'Intäkter / 2020', 'Kostnader / 2019', 'Kostnader / 2020'],
      rows: [
        ['Region Uppsala', '120000000', '130000000', '118000000', '127000000'],
        ['Region Örebro', '95000000', '99000000', '90000000', '97000000'],
        ['Totalt', '215000000', '229000000', '208000000', '224000000'],
      ],
    });
  });

  it('reads tab rows under a glued title and years, the groups tab-separated above', () => {
    const text = ['Medel och platser per kommun', '', '\tMedel, tkr\t\tPlatser\t', 'Kommun2022202320222023', 'Ale\t1 200\t1 250\t90\t95', 'Borås\t6 300\t6 400\t410\t420', 'Summa\t7 500\t7 650\t500\t515'].join('\n');
    const r = read(text);
    expect(r.headers.map((h) => h.slice(-4))).toEqual(['2022', '2023', '2022', '2023']);
    expect(r.rows[2]).toEqual(['Summa', '7500000', '7650000', '500', '515']);
  });
});
