import { describe, expect, it } from 'vitest';
import { setUnitLinesApart } from '../../src/layout/unit-line-apart.js';
import { docOf } from '../rules/rule-tester.js';

/** A line naming only the unit over rows of one figure each; written for this test, figures invented. */
const read = (text: string) => {
  const t = docOf({ file: 't.txt', text }).tables[0]!;
  return { columns: t.columns.length, rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]) };
};
const lines = (raws: string[]) => raws.map((raw, k) => ({ raw, line: k + 1 }));

describe('a unit line over rows of one figure each (unit-line-apart.ts)', () => {
  it('reads "Belopp, tusen kronor" over rows in wide gaps as the unit, not three columns', () => {
    const text = ['Medel per län', '', 'Belopp, tusen kronor', 'Stockholms län   4 500', 'Uppsala län      1 200', 'Skåne län        3 300', 'Summa            9 000', ''].join('\n');
    expect(read(text)).toEqual({
      columns: 1,
      rows: [
        ['Stockholms län', '4500000'],
        ['Uppsala län', '1200000'],
        ['Skåne län', '3300000'],
        ['Summa', '9000000'],
      ],
    });
  });

  it('reads "Belopp i mnkr" over wide-gap rows and "Tkr" over tab rows the same way', () => {
    const gaps = ['Medel per län', '', 'Belopp i mnkr', 'Stockholms län   4 500', 'Uppsala län      1 200', 'Summa            5 700', ''].join('\n');
    expect(read(gaps).rows).toEqual([
      ['Stockholms län', '4500000000'],
      ['Uppsala län', '1200000000'],
      ['Summa', '5700000000'],
    ]);
    const tabs = ['Bidrag per kommun', '', 'Tkr', 'Ale\t1 200', 'Borås\t3 400', 'Totalt\t4 600', ''].join('\n');
    expect(read(tabs).rows).toEqual([
      ['Ale', '1200000'],
      ['Borås', '3400000'],
      ['Totalt', '4600000'],
    ]);
  });

  it('sets no line apart over rows of two figures, over one row, or a line that is more than a unit', () => {
    const two = lines(['Belopp i mnkr', 'Skola   4 500   4 700', 'Vård    1 200   1 300']);
    expect(setUnitLinesApart(two)).toBe(two);
    const one = lines(['Tkr', 'Ale 1 200', 'Beloppen betalas ut i juni.']);
    expect(setUnitLinesApart(one)).toBe(one);
    const more = lines(['Belopp i mnkr per region', 'Ale 1 200', 'Borås 3 400']);
    expect(setUnitLinesApart(more)).toBe(more);
    const closing = lines(['Belopp', '2023', 'tkr', 'Ale 1 200', 'Borås 3 400']);
    expect(setUnitLinesApart(closing)).toBe(closing);
    const colons = lines(['Miljoner kronor', 'Alla stöd: 58,4', 'Projektmedel: 54,7']);
    expect(setUnitLinesApart(colons)).toBe(colons);
    const apart = setUnitLinesApart(lines(['Tkr', 'Ale   1 200', 'Borås 3 400'.replace(' ', '\t')]));
    expect(apart.map((l) => l.raw)).toEqual(['Tkr', '', 'Ale   1 200', 'Borås\t3 400']);
  });
});
