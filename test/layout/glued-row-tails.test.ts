import { describe, expect, it } from 'vitest';
import { tailValues } from '../../src/layout/glued-row-tails.js';
import { docOf } from '../rules/rule-tester.js';

/** Tables copied without cell separators whose rows wrap onto lines of values only. Written for this test. */
const rowsOf = (text: string) => docOf({ file: 'g.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));
const src = (raw: string) => ({ raw, line: 1, column: 1 });

describe('tailValues', () => {
  it('reads a line of glued values only, and nothing with a word in it', () => {
    const line = src('4,211,4');
    expect(tailValues(line)?.map((v) => line.raw.slice(v.from, v.to))).toEqual(['4,2', '11,4']);
    expect(tailValues(src('-1 898,5'))?.length).toBe(1);
    expect(tailValues(src('Summa 4,2'))).toBeNull();
    expect(tailValues(src('   '))).toBeNull();
  });
});

describe('glued rows wrapped over lines', () => {
  it('gives each row its wrapped cells back, one or two values a line', () => {
    const text = [
      'mnkrBudgetUtfallAvvikelseÅterstår',
      'Skolnämnden1 204,51 198,2',
      '6,3',
      '0,0',
      'Omsorgsnämnden880,0905,5-25,5',
      '0,0',
      'Kulturnämnden64,260,1',
      '4,10,0',
      'Summa2 148,72 163,8-15,10,0',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Skolnämnden', '1204500000', '1198200000', '6300000', '0'],
        ['Omsorgsnämnden', '880000000', '905500000', '-25500000', '0'],
        ['Kulturnämnden', '64200000', '60100000', '4100000', '0'],
        ['Summa', '2148700000', '2163800000', '-15100000', '0'],
      ],
    ]);
  });

  it('gives a row its cells wrapped one a line, digit groups kept, in thousands of kronor', () => {
    const text = [
      'TkrInkomsterUtgifterNetto',
      'Hamnen12 40010 9001 500',
      'Parkering8 2006 1002 100',
      'Torghandel1 100',
      '900',
      '200',
      'Summa21 70017 9003 800',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Hamnen', '12400000', '10900000', '1500000'],
        ['Parkering', '8200000', '6100000', '2100000'],
        ['Torghandel', '1100000', '900000', '200000'],
        ['Summa', '21700000', '17900000', '3800000'],
      ],
    ]);
  });
});
