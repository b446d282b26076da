import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A hundred percent printed with a group space ("1 00%") in a table of single-spaced columns.
 * Examples written here in two wordings (shares of two kinds with "." for a cell that cannot
 * occur; one decimal with a missing "..").
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

describe('"1 00%" in single-spaced columns', () => {
  it('reads it as 100 beside a dot for a cell that cannot occur', () => {
    const text = [
      'Kommun Antal elever Andel flickor Andel pojkar',
      'Ale 412 48% 52%',
      'Bjuv 36 1 00% .',
      'Dals-Ed 21 . 1 00%',
      'Essunga 58 47% 53%',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Ale', '412', '48', '52'],
      ['Bjuv', '36', '100', ''],
      ['Dals-Ed', '21', '', '100'],
      ['Essunga', '58', '47', '53'],
    ]);
  });

  it('reads "1 00,0%" beside figures with digit groups', () => {
    const text = [
      'Län Antal Andel 2023 Andel 2022',
      'Norrbottens län 1 250 1 00,0% 98,4%',
      'Västerbottens län 2 304 97,1% 1 00,0%',
      'Jämtlands län 845 88,6% 91,2%',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Norrbottens län', '1250', '100', '98.4'],
      ['Västerbottens län', '2304', '97.1', '100'],
      ['Jämtlands län', '845', '88.6', '91.2'],
    ]);
  });
});
