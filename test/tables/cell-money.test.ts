import { describe, expect, it } from 'vitest';
import { cellsArePrices, cellsStateMoney } from '../../src/tables/cell-money.js';
import { docOf } from '../rules/rule-tester.js';

/** Cells and lists written for this test. */
describe('columns whose cells state money', () => {
  it('every filled cell with a kronor unit of its own', () => {
    expect(cellsStateMoney(['103,7 miljoner kronor', '4,5 miljoner kronor', ''])).toBe(true);
    expect(cellsStateMoney(['12 mnkr', '450 000 kr', '1,2 mdkr'])).toBe(true);
  });

  it('not when a cell has no unit, another unit, or there is one cell only', () => {
    expect(cellsStateMoney(['12 mnkr', '450 000'])).toBe(false);
    expect(cellsStateMoney(['12 %', '14 %'])).toBe(false);
    expect(cellsStateMoney(['12 mnkr'])).toBe(false);
  });

  it('a bulleted list of recipients with amounts in their own words is read in kronor', () => {
    const a = docOf({ file: 'a.txt', text: 'Följande kommuner beviljas stöd:\n\n  • Ale kommun, 20 miljoner kronor (sökt 30 mnkr)\n  • Borås kommun, 12,5 miljoner kronor (sökt 20 mnkr)\n  • Lerums kommun, 7,5 miljoner kronor (sökt 8 mnkr)\n' });
    expect(a.tables[0]!.columns.map((c) => c.unit)).toEqual(['SEK', 'SEK']);
    expect(a.tables[0]!.rows.map((r) => r.cells[0]!.value!.toFixed())).toEqual(['20000000', '12500000', '7500000']);
    const b = docOf({ file: 'b.txt', text: 'Medlen fördelas så här:\n\n- Region Kalmar: 12,3 mnkr, varav 2 mnkr i år\n- Region Blekinge: 15 mnkr, varav 3 mnkr i år\n- Region Kronoberg: 10 mnkr, varav 1,5 mnkr i år\n' });
    expect(b.tables[0]!.columns.map((c) => c.unit)).toEqual(['SEK', 'SEK']);
    expect(b.tables[0]!.rows.map((r) => r.cells[1]!.value!.toFixed())).toEqual(['2000000', '3000000', '1500000']);
  });

  it('cells with a note after their currency, and prices paid per something', () => {
    expect(cellsStateMoney(['312 kronor per timme', '1 875 kr/månad', '240 kronor (engångsavgift)'])).toBe(true);
    expect(cellsArePrices(['312 kronor per timme', '240 kronor (engångsavgift)'])).toBe(true);
    expect(cellsArePrices(['240 kronor (engångsavgift)', '12 mnkr'])).toBe(false);
  });
});

/** A column of money in its own words with a cell that gives no figure: written for this test, in two layouts. */
describe('a dash or a marker among cells that state money', () => {
  it('leaves the column in kronor', () => {
    expect(cellsStateMoney(['3 mkr', '-', '0,3 mkr'])).toBe(true);
    expect(cellsStateMoney(['450 000 kr', '..', '120 000 kr'])).toBe(true);
    expect(cellsStateMoney(['-', '..', '12 mnkr'])).toBe(false);
  });
  const units = (text: string, file: string) => docOf({ file, text }).tables[0]!.columns.map((c) => c.unit);
  it('reads such a column in kronor one cell a line and in a pipe table', () => {
    const cells = ['Ram', '', 'Förslag', '', 'Tekniska nämnden', '', '3 mkr', '', '2,5 mkr', '', 'Kulturnämnden', '', '1,2 mkr', '', '-', '', 'Valnämnden', '', '0,3 mkr', '', '0,3 mkr', '', 'Socialnämnden', '', '5 mkr', '', '6 mkr', ''].join('\n');
    expect(units(cells, 'cells.txt')).toEqual(['SEK', 'SEK']);
    const pipe = '| Projekt | Beviljat | Sökt |\n|---|---|---|\n| Skolgården | 200 000 kr | 250 000 kr |\n| Biblioteket | 150 000 kr | .. |\n| Badet | 50 000 kr | 80 000 kr |\n';
    expect(units(pipe, 'pipe.md')).toEqual(['SEK', 'SEK']);
  });
});
