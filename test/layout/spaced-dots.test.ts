import { describe, expect, it } from 'vitest';
import { spacedDotsAt } from '../../src/layout/spaced-dots.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * The "not available" marker with its points set apart (". ."), in rows of figures parted by
 * single spaces: one blank cell where the total row's sums say so, beside columns that hold
 * another blank (".."). Two layouts written for these tests, figures made up.
 */
const rowsOf = (text: string) => docOf({ file: 'case.txt', text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? c.raw.trim() : c.value.toFixed()))]);

describe('". ." in a row of single-spaced figures', () => {
  it('is one blank cell where the sums of the other columns say so, years over counties', () => {
    const text = 'Avlidna efter län\n\nLän 2021 2022 2023\nStockholms län 17 210 18 004 ..\nUppsala län 3 100 3 221 3 305\nGotlands län . . 612 598\nTotalt 20 310 21 837 3 903\n';
    expect(rowsOf(text)).toEqual([
      ['Stockholms län', '17210', '18004', '..'],
      ['Uppsala län', '3100', '3221', '3305'],
      ['Gotlands län', '. .', '612', '598'],
      ['Totalt', '20310', '21837', '3903'],
    ]);
  });

  it('is one blank cell in the middle of a row, groups over kinds', () => {
    const text = 'Elever efter program\n\nProgram Flickor Pojkar Samtliga\nBarn och fritid 1 204 . . 1 204\nEl och energi 86 1 310 ..\nBygg 55 97 152\nTotalt 1 345 1 407 1 356\n';
    expect(rowsOf(text)).toEqual([
      ['Barn och fritid', '1204', '. .', '1204'],
      ['El och energi', '86', '1310', '..'],
      ['Bygg', '55', '97', '152'],
      ['Totalt', '1345', '1407', '1356'],
    ]);
  });
});

describe('spacedDotsAt', () => {
  it('finds two lone points in a row, and nothing else', () => {
    expect(spacedDotsAt(['.', '.', '612'], 0)).toBe(true);
    expect(spacedDotsAt(['..', '.', '612'], 0)).toBe(false);
    expect(spacedDotsAt(['612', '.'], 1)).toBe(false);
  });
});
