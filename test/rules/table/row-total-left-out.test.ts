import { describe, expect, it } from 'vitest';
import { rowTotal } from '../../../src/rules/table/row-total.js';
import { findingsOf } from '../rule-tester.js';

/** A total column that leaves one part column out on every row: one info naming it, no mismatch per row. Tables written for this test. */
const summary = (file: string, text: string): string[] => findingsOf(rowTotal, [{ file, text }]).map((f) => `${f.severity}: ${f.message}`);

describe('a column the total leaves out on every row', () => {
  it('is said once in a tab table, its rows not compared with it', () => {
    const text = [
      'Kostnader per län (tkr)',
      '',
      'Län\tDrift\tInvestering\tForskning\tTotalt',
      'Uppsala län\t400\t120\t35\t520',
      'Kalmar län\t310\t90\t12\t400',
      'Gotlands län\t150\t40\t0\t190',
      'Hallands län\t280\t70\t8\t350',
      '',
    ].join('\n');
    expect(summary('a.txt', text)).toEqual(['info: kolumnen "Totalt" är på varje rad summan av de andra kolumnerna utom "Forskning": den kolumnen ingår inte i summan']);
  });

  it('is said once in a pipe table whose left-out column stands first', () => {
    const text = [
      'Regionernas utgifter, mnkr',
      '',
      '| Region | Hyror | Löner | Material | Summa |',
      '|---|---:|---:|---:|---:|',
      '| Region Skåne | 50 | 900 | 200 | 1 100 |',
      '| Region Halland | 20 | 310 | 90 | 400 |',
      '| Region Blekinge | 15 | 160 | 40 | 200 |',
      '| Region Kronoberg | 0 | 170 | 55 | 225 |',
      '',
    ].join('\n');
    expect(summary('b.md', text)).toEqual(['info: kolumnen "Summa" är på varje rad summan av de andra kolumnerna utom "Hyror": den kolumnen ingår inte i summan']);
  });

  it('is not read where a row adds up with every column, or the column shows a figure on too few rows', () => {
    // Uppsala adds up with all three parts: the other rows are mismatches, not a structure.
    const mixed = ['Län\tDrift\tInvestering\tForskning\tTotalt', 'Uppsala län\t400\t120\t35\t555', 'Kalmar län\t310\t90\t12\t400', 'Gotlands län\t150\t40\t10\t190', 'Hallands län\t280\t70\t8\t350', ''].join('\n');
    expect(summary('c.txt', `Kostnader (tkr)\n\n${mixed}`).filter((f) => f.startsWith('error') || f.startsWith('warning')).length).toBe(3);
    // Only two rows hold a figure in the column: too few to tell a structure from two mistakes.
    const few = ['Län\tDrift\tInvestering\tForskning\tTotalt', 'Uppsala län\t400\t120\t35\t520', 'Kalmar län\t310\t90\t12\t400', 'Gotlands län\t150\t40\t0\t190', 'Hallands län\t280\t70\t0\t350', ''].join('\n');
    expect(summary('d.txt', `Kostnader (tkr)\n\n${few}`).filter((f) => f.startsWith('error') || f.startsWith('warning')).length).toBe(2);
  });
});
