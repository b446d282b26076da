import { describe, expect, it } from 'vitest';
import { blankTailWidth } from '../../src/layout/blank-tail.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Copied rows whose last column is filled in one row only; wordings and figures written for this test. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);
const unsure = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.uncertain !== undefined);

describe('blankTailWidth', () => {
  const certain = (n: number) => ({ min: n, max: n });
  it('widens to the one wider row when every count is certain and the rows above it are too few', () => {
    expect(blankTailWidth([certain(4), certain(5), certain(4)], 4, 3)).toBe(5);
  });
  it('keeps the count when a count is a guess, the wide rows are most, or the rows above make a table', () => {
    expect(blankTailWidth([certain(4), { min: 4, max: 6 }, certain(5), certain(4)], 4, 3)).toBeNull();
    expect(blankTailWidth([certain(4), certain(5), certain(5)], 4, 3)).toBeNull();
    expect(blankTailWidth([certain(4), certain(4), certain(4), certain(5)], 4, 3)).toBeNull();
    expect(blankTailWidth([certain(4), certain(7), certain(4)], 4, 3)).toBeNull();
  });
});

describe('tables whose last column is filled in one row', () => {
  it('reads a budget outcome whose amending-budget column holds one figure', () => {
    const text = [
      'Statens budget, miljarder kronor',
      'Utfall maj Prognos maj Avvikelse Budget 2012 Ändringsbudget',
      'Inkomster 61,2 60,4 0,8 801,5',
      'Utgifter 70,9 69,0 1,9 812,3 4,1',
      'Saldo -9,7 -8,6 -1,1 -10,8',
    ].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['Inkomster', 'Utgifter', 'Saldo']);
    expect(values(t!, 3)).toEqual(['801500000000', '812300000000', '-10800000000']);
    expect(values(t!, 4)).toEqual([null, '4100000000', null]);
    expect(unsure(t!, 0)).toEqual([true, false, true]);
  });

  it('reads rates whose revised column is filled for one region', () => {
    const text = [
      'Arbetslöshet per län, procent',
      '',
      'Norrbottens län 5,8 6,1 6,4',
      'Västerbottens län 4,9 5,2 5,0 5,3',
      'Jämtlands län 6,2 6,0 5,7',
      'Västernorrlands län 7,4 7,1 7,3',
    ].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['Norrbottens län', 'Västerbottens län', 'Jämtlands län', 'Västernorrlands län']);
    expect(values(t!, 2)).toEqual(['6.4', '5', '5.7', '7.3']);
    expect(values(t!, 3)).toEqual([null, '5.3', null, null]);
  });
});

describe('a label ending in a number is not an extra column', () => {
  it('keeps the count when the wider row opens with an integer under rows opening with decimals', () => {
    const text = ['Utgifter per område, miljarder kronor', '', 'Försvar 71,2 75,9 84,1', 'Rättsväsendet UO 4 52,6 55,0 58,3', 'Övriga områden 120,4 118,8 125,2'].join('\n');
    expect(blankTailWidth([{ min: 3, max: 3 }, { min: 4, max: 4 }, { min: 3, max: 3 }], 3, 3, ['71,2', '4', '120,4'])).toBeNull();
    const tables = docOf({ text }).tables;
    expect(tables.every((t) => t.columns.length <= 3)).toBe(true);
  });
});
