import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table whose rows are a label line and a line of the row's figures set apart by single
 * spaces: no table pasted one cell a line, though each line looks like one cell. Examples written
 * for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('rows of single-spaced figures under their labels', () => {
  it('reads each figure line under its label, a space line before some of them, the header running into the first label', () => {
    const text = [
      'Till startsidan', '',
      'Utbetalt stöd per län, tusen kronor', '',
      'Län 2019 2020 2021',
      'Stockholms län', ' ', '12 450 13 210 9 240',
      'Uppsala län', ' ', '4 300 4 750 5 020', ' ',
      'Södermanlands län', '2 980 3 105 3 240', ' ',
      'Östergötlands län', ' ', '5 610 5 880 6 020',
      'Jönköpings län', ' ', '3 120 3 400 3 610', ' ',
      'Kronobergs län', '1 880 1 950 2 010', ' ',
      'Summa', '30 340 32 295 29 140', '',
    ].join('\n');
    const t = tablesOf(text).find((x) => x.rows.some((r) => r.label === 'Uppsala län'));
    expect(t).toBeDefined();
    const rows = rowsOf(t!);
    expect(rows).toContainEqual(['Stockholms län', '12450000', '13210000', '9240000']);
    expect(rows).toContainEqual(['Östergötlands län', '5610000', '5880000', '6020000']);
    expect(rows).toContainEqual(['Summa', '30340000', '32295000', '29140000']);
  });
});
