import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { percentTotal } from '../../src/rules/format/percent-total.js';

/**
 * A total row whose 100 % share is glued to its amount ("Totalt 864 324100"). Examples written
 * here in two layouts (single-spaced columns, one cell a line) and wordings; sums by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const lastRow = (t: Table) => {
  const r = t.rows[t.rows.length - 1]!;
  return [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')];
};

const spaced = ['Region Belopp (tkr) Andel (%)', 'Stockholm 412 500 47,7', 'Västra Götaland 251 824 29,1', 'Skåne 200 000 23,1', 'Totalt 864 324100', ''].join('\n');
const perLine = ['Kommun', 'Bidrag, kr', 'Andel, procent', 'Alingsås', '1 250 000', '41,7', 'Borås', '1 000 000', '33,3', 'Lerum', '750 000', '25,0', 'Summa', '3 000 000100,0', ''].join('\n');

describe('a total row with its 100 % share glued on', () => {
  it('splits the share off the last digit group in a spaced table', () => {
    const [t] = tablesOf(spaced);
    expect(lastRow(t!)).toEqual(['Totalt', '864324000', '100']);
  });

  it('splits the share off an amount that took the whole row, one cell a line', () => {
    const [t] = tablesOf(perLine);
    expect(lastRow(t!)).toEqual(['Summa', '3000000', '100']);
  });

  it('gives no error or warning when the split amounts add up', () => {
    expect(findingsOf(columnTotal, spaced)).toEqual([]);
    expect(findingsOf(percentTotal, spaced).map((f) => f.severity)).toEqual(['info']);
  });

  it('leaves a total row alone when the last column holds amounts, not shares', () => {
    const text = ['Region 2023 2022', 'Stockholm 412 500 398 100', 'Skåne 200 000 190 000', 'Uppsala 100 000 90 000', 'Totalt 712 500 678 100', ''].join('\n');
    const [t] = tablesOf(text);
    expect(lastRow(t!)).toEqual(['Totalt', '712500', '678100']);
  });
});
