import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Label/figure tables that lost the space between label and figure except on one row, written for this test. */
const rows = (text: string) => docOf({ file: 'a.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed() ?? null]));

describe('a glued label/figure table with a row that kept its space', () => {
  it('keeps the spaced row (a sum over four digits) in the table', () => {
    const text = ['Avgifter, miljoner kronor', '', 'Tillstånd412,5', 'Tillsyn233,0', 'Registrering1 004,2', 'Summa avgifter 1 649,7', 'Återbetalningar-12,0', 'Netto1 637,7', ''].join('\n');
    expect(rows(text)).toEqual([
      [
        ['Tillstånd', '412500000'],
        ['Tillsyn', '233000000'],
        ['Registrering', '1004200000'],
        ['Summa avgifter', '1649700000'],
        ['Återbetalningar', '-12000000'],
        ['Netto', '1637700000'],
      ],
    ]);
  });

  it('does so with blank lines between rows, and does not take a spaced line after the last glued row', () => {
    const text = ['Skola120', '', 'Vård 80', '', 'Omsorg300', '', 'Kultur45', '', 'Se tabell 2 ovan 12', ''].join('\n');
    expect(rows(text)).toEqual([
      [
        ['Skola', '120'],
        ['Vård', '80'],
        ['Omsorg', '300'],
        ['Kultur', '45'],
      ],
    ]);
  });
});
