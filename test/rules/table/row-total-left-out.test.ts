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
  it('takes several columns left out: a second group under a flat header, counts', () => {
    // Totalt = Kvinnor + Män on every row; Barn = Flickor + Pojkar stands beside them, not under them.
    const text = [
      'Beviljade platser per län',
      '',
      'Län\tTotalt\tKvinnor\tMän\tBarn\tFlickor\tPojkar',
      'Uppsala län\t120\t70\t50\t40\t22\t18',
      'Kalmar län\t85\t40\t45\t30\t14\t16',
      'Gotlands län\t31\t17\t14\t9\t5\t4',
      'Hallands län\t64\t30\t34\t21\t12\t9',
      '',
    ].join('\n');
    expect(summary('e.txt', text)).toEqual(['info: kolumnen "Totalt" är på varje rad summan av "Kvinnor" och "Män"; "Barn", "Flickor" och "Pojkar" ingår inte i summan']);
  });

  it('takes several columns left out in a pipe table whose total stands first', () => {
    // Summa = Bidrag + Lån; the applied and refused amounts after them are other figures of the row.
    const text = [
      'Stöd per region, tkr',
      '',
      '| Region | Summa | Bidrag | Lån | Ansökt | Avslaget |',
      '|---|---:|---:|---:|---:|---:|',
      '| Region Skåne | 750 | 500 | 250 | 1 000 | 250 |',
      '| Region Halland | 300 | 200 | 100 | 420 | 120 |',
      '| Region Blekinge | 150 | 150 | 0 | 180 | 30 |',
      '| Region Kronoberg | 150 | 90 | 60 | 200 | 50 |',
      '',
    ].join('\n');
    expect(summary('f.md', text)).toEqual(['info: kolumnen "Summa" är på varje rad summan av "Bidrag" och "Lån"; "Ansökt" och "Avslaget" ingår inte i summan']);
  });

  it('leaves several columns in where two sets would each explain the rows, or a row breaks the set', () => {
    // A = B + C and also A = D + E on every row: which are the parts is not known, so every row is compared with all of them.
    const twoWays = ['Län\tTotalt\tB\tC\tD\tE', 'Uppsala län\t10\t4\t6\t3\t7', 'Kalmar län\t20\t5\t15\t12\t8', 'Gotlands län\t8\t2\t6\t1\t7', ''].join('\n');
    expect(summary('g.txt', `Kostnader (tkr)\n\n${twoWays}`).filter((f) => f.startsWith('info: kolumnen'))).toEqual([]);
    // The set holds on three rows of four: the fourth is a mismatch, so no structure is read.
    const broken = ['Län\tTotalt\tKvinnor\tMän\tBarn\tFlickor\tPojkar', 'Uppsala län\t120\t70\t50\t40\t22\t18', 'Kalmar län\t85\t40\t45\t30\t14\t16', 'Gotlands län\t31\t17\t14\t9\t5\t4', 'Hallands län\t66\t30\t34\t21\t12\t9', ''].join('\n');
    expect(summary('h.txt', `Beviljade platser per län\n\n${broken}`).filter((f) => f.startsWith('info: kolumnen'))).toEqual([]);
  });
});
