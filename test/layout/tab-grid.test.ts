import { describe, expect, it } from 'vitest';
import { isTabRow } from '../../src/layout/tab-grid.js';
import { docOf } from '../rules/rule-tester.js';

describe('tab rows', () => {
  it('takes a group title after an empty first cell as a row, not a sentence or a label alone', () => {
    expect(isTabRow('\tBeviljat\t\t')).toBe(true);
    expect(isTabRow('\t\tAvslutade projekt')).toBe(true);
    expect(isTabRow('\tSe tabellen nedan.')).toBe(false);
    expect(isTabRow('Beviljat\t\t')).toBe(false);
    expect(isTabRow('\tMedlen fördelas mellan länen enligt en fördelningsnyckel som bygger på befolkningen')).toBe(false);
  });

  it('keeps the group title over its columns, and a column before it without one', () => {
    const text = 'Stöd per län\n\n\t\tBeviljat\t\nLän\tSökt belopp\tAntal\tBelopp\nHallands län\t500\t3\t300\nSkåne län\t900\t4\t700\nTotalt\t1 400\t7\t1 000\n';
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(t!.columns.map((c) => c.header)).toEqual([['Sökt belopp'], ['Beviljat', 'Antal'], ['Beviljat', 'Belopp']]);
  });
});
