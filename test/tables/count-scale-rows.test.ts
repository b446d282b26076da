import { describe, expect, it } from 'vitest';
import { countScaleRows, labelCountScale } from '../../src/tables/count-scale-rows.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Measures as rows, thousands stated on the first row of a block of counts and carried down it;
 * the label of that row wrapped before its unit. Two layouts written for these tests (tabs, a
 * pipe table), figures made up.
 */
const rowsOf = (file: string, text: string) =>
  docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null), r.cells.some((c) => c.uncertain !== undefined)]);

describe('thousands in a row label', () => {
  it('scale the row and the counts under it, a tab table', () => {
    const text = 'Befolkning efter arbetsmarknadsstatus\n\nMått\tKvinnor\tMän\nArbetslöshetstal\t6,2\t7,0\nI arbetskraften, tusental\t120,5\t130,0\nSysselsatta\t113,0\t120,9\nArbetslösa\t7,5\t9,1\n';
    expect(rowsOf('a.txt', text)).toEqual([
      ['Arbetslöshetstal', '6.2', '7', false],
      ['I arbetskraften, tusental', '120500', '130000', false],
      ['Sysselsatta', '113000', '120900', true],
      ['Arbetslösa', '7500', '9100', true],
    ]);
  });

  it('join a label wrapped before its unit and stop at a row of another unit, a pipe table', () => {
    const text = '| Mått | Stockholm | Riket |\n|---|---|---|\n| Sysselsättningsgrad | 70,1 | 68,2 |\n| I arbetskraften, | | |\n| 1000-tal | 50,5 | 400,2 |\n| I arbete | 45,0 | 360,0 |\n| Frånvarande | 5,5 | 40,2 |\n| Andel, procent | 12,0 | 10,0 |\n';
    expect(rowsOf('b.md', text)).toEqual([
      ['Sysselsättningsgrad', '70.1', '68.2', false],
      ['I arbetskraften, 1000-tal', '50500', '400200', false],
      ['I arbete', '45000', '360000', true],
      ['Frånvarande', '5500', '40200', true],
      ['Andel, procent', '12', '10', false],
    ]);
  });
});

describe('countScaleRows', () => {
  it('carries thousands down a block until a row without figures', () => {
    expect(countScaleRows(['Antal, 1 000-tal', 'Varav kvinnor', 'Män', 'Kvot'], [true, true, false, true])).toEqual([
      { scale: 1000, carried: false },
      { scale: 1000, carried: true },
      null,
      null,
    ]);
    expect(countScaleRows(['Arbetslösa', 'Sysselsatta'], [true, true])).toBeNull();
    expect(labelCountScale('Folkmängd (tusental)')).toBe(1000);
    expect(labelCountScale('Tusentalsavgränsare')).toBeNull();
  });
});
