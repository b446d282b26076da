import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * One cell per paragraph, a header cell wrapped across a blank line with its unit on its own
 * ("Bidrag i" / "tkr"): the unit joins its head. Written here in wordings other than the
 * field documents that showed it ("Medel i" / "kronor").
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const cells = (...xs: string[]): string => `${xs.join('\n\n')}\n`;

describe('a cell-per-line header cell whose unit wraps across a blank line', () => {
  it('reads "Bidrag i" / "tkr" as one head in thousands of kronor', () => {
    const [t] = tablesOf(cells('Region', 'Bidrag i', 'tkr', 'Uppsala', '1 200', 'Gotland', '300', 'Skåne', '2 500', 'Halland', '900', 'Summa', '4 900'));
    expect(t!.labelHeader).toBe('Region');
    expect(t!.columns.map((c) => [c.header, c.unit, c.scale])).toEqual([[['Bidrag i tkr'], 'SEK', 1000]]);
    expect(t!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([
      ['Uppsala', '1200000'],
      ['Gotland', '300000'],
      ['Skåne', '2500000'],
      ['Halland', '900000'],
      ['Summa', '4900000'],
    ]);
  });

  it('joins "(kr)" and "procent" to their heads in a table of three columns, keeping the share a share', () => {
    const [t] = tablesOf(
      cells('Kommun', 'Anslag', '(kr)', 'Andel av totalen', 'procent', 'Alingsås', '1 000 000', '25', 'Borås', '2 000 000', '50', 'Lerum', '500 000', '12,5', 'Vårgårda', '500 000', '12,5'),
    );
    expect(t!.columns.map((c) => [c.header, c.unit])).toEqual([
      [['Anslag (kr)'], 'SEK'],
      [['Andel av totalen procent'], 'percent'],
    ]);
    expect(t!.rows.map((r) => r.cells.map((c) => c.value?.toFixed()))).toEqual([
      ['1000000', '25'],
      ['2000000', '50'],
      ['500000', '12.5'],
      ['500000', '12.5'],
    ]);
  });
});

describe('one cell a line with blank lines between, a blank line lost above a label', () => {
  const read = (text: string) => docOf({ file: 'a.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

  it('ends a figure cell at the label under it, and the header\'s last year at the first label', () => {
    // 412 + 120 + 900 = 1 432; 398 + 131 + 950 = 1 479; 455 + 127 + 1 010 = 1 592.
    const text = ['Ärenden per nämnd', '', 'Nämnd', '', '2021', '', '2022', '', '2023', 'Bygglov', '', '412', '', '398', '', '455', 'Miljö', '', '120', '', '131', '', ' 127', 'Socialtjänst', '', '900', '', '950', '', '1 010', 'Summa', '', '1 432', '', '1 479', '', '1 592', ''].join('\n');
    expect(read(text)).toEqual([
      [
        ['Bygglov', '412', '398', '455'],
        ['Miljö', '120', '131', '127'],
        ['Socialtjänst', '900', '950', '1010'],
        ['Summa', '1432', '1479', '1592'],
      ],
    ]);
  });

  it('does so under titles of words, the blank line lost only above some labels', () => {
    // 12 400 + 9 350 + 7 050 = 28 800; 8 100 + 2 200 + 1 900 = 12 200.
    const text = ['Område', '', 'Invånare', '', 'Arbetsplatser', '', 'Centrum', '', '12 400', '', '8 100', 'Norr', '', '9 350', '', '2 200', '', 'Söder', '', '7 050', '', '1 900', 'Totalt', '', '28 800', '', '12 200', ''].join('\n');
    expect(read(text)).toEqual([
      [
        ['Centrum', '12400', '8100'],
        ['Norr', '9350', '2200'],
        ['Söder', '7050', '1900'],
        ['Totalt', '28800', '12200'],
      ],
    ]);
  });
});
