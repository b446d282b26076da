import { describe, expect, it } from 'vitest';
import { gappedValueCount, lastTitleIsColumn } from '../../src/layout/last-title-column.js';
import { looksValue } from '../../src/layout/looks-numeric.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Headers wrapped one word a line over rows set apart by wide gaps, the last title a single line
 * right above the rows. Tables written for this test; sums worked out by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const grid = (t: Table) => [t.columns.map((c) => c.header.join(' ')), ...t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])];

describe('the last title of a header wrapped one word a line', () => {
  it('titles a column only where the first row can hold no fewer values', () => {
    expect(lastTitleIsColumn(3, { min: 3, max: 3 })).toBe(true);
    expect(lastTitleIsColumn(3, { min: 2, max: 3 })).toBe(false);
    expect(lastTitleIsColumn(3, null)).toBe(false);
  });

  it('counts the values a row sets apart by wide gaps', () => {
    expect(gappedValueCount('Ingående balans        700 000    50 000    750 000', looksValue)).toEqual({ min: 3, max: 3 });
    expect(gappedValueCount('Ingående balans 700 000 50 000 750 000', looksValue)).toBeNull();
    expect(gappedValueCount('Ingående balans    700 000    se not 4', looksValue)).toBeNull();
  });

  // 412 000 + 18 250 = 430 250; 35 000 + 5 000 = 40 000; 447 000 + 23 250 = 470 250, and each row's parts give its total.
  it('reads a change in equity whose last title is "Summa" right above the rows', () => {
    const text =
      'Eget kapital, kronor\n\nÖvrigt\neget\nkapital\nResultat-\nutjämnings-\nreserv\nSumma\n' +
      'Eget kapital vid årets ingång     412 000     35 000     447 000\n' +
      'Årets resultat                     23 250          0      23 250\n' +
      'Reservering till RUR               -5 000      5 000           0\n' +
      'Eget kapital vid årets utgång     430 250     40 000     470 250\n';
    const [t] = tablesOf(text);
    expect(grid(t!)).toEqual([
      ['Övrigt eget kapital', 'Resultatutjämningsreserv', 'Summa'],
      ['Eget kapital vid årets ingång', '412000', '35000', '447000'],
      ['Årets resultat', '23250', '0', '23250'],
      ['Reservering till RUR', '-5000', '5000', '0'],
      ['Eget kapital vid årets utgång', '430250', '40000', '470250'],
    ]);
  });

  // A note of fixed assets in tkr: 9 800 − 1 200 = 8 600; 4 100 − 900 = 3 200; totals 13 900 − 2 100 = 11 800.
  it('reads a note whose titles wrap word by word and end in "Totalt"', () => {
    const text =
      'Not 9 Anläggningar (tkr)\n\nMark och\nbyggnader\nMaskiner\noch inventarier\nTotalt\n' +
      'Anskaffningsvärde       9 800      4 100      13 900\n' +
      'Avskrivningar          -1 200       -900      -2 100\n' +
      'Bokfört värde           8 600      3 200      11 800\n';
    const [t] = tablesOf(text);
    expect(grid(t!)).toEqual([
      ['Mark och byggnader', 'Maskiner och inventarier', 'Totalt'],
      ['Anskaffningsvärde', '9800000', '4100000', '13900000'],
      ['Avskrivningar', '-1200000', '-900000', '-2100000'],
      ['Bokfört värde', '8600000', '3200000', '11800000'],
    ]);
  });
});
