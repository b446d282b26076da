import { describe, expect, it } from 'vitest';
import { isDashRun } from '../../src/layout/dash-run.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A run of dashes typed for an empty cell ("----", "-----"): a blank cell of its row, in a
 * single-spaced table and in a tab-separated one. Examples written for this test.
 */
const docFor = (lines: string[]) => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' });
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('isDashRun', () => {
  it.each(['---', '----', '-----', '–––', '————', '--------'])('%s is a blank cell', (t) => expect(isDashRun(t)).toBe(true));
  // A lone dash and "--" are read where they are met; a figure, a word, a whole rule are no cell.
  it.each(['-', '–', '--', '-5', '---5', 'x', '', '-------------------'])('%s is not', (t) => expect(isDashRun(t)).toBe(false));
});

describe('runs of dashes as blank cells', () => {
  it('reads them so in a single-spaced table, the row kept with its label and its other figures', () => {
    const doc = docFor([
      'Parti 2022 % 2018 % +/-',
      'Ale 120 2,1 ---- ---- +120',
      'Bjuv 80 1,5 95 1,9 -15',
      'Eda 60 3,0 ----- --- +60',
      'Hjo 45 0,9 50 1,0 -5',
    ]);
    expect(rowsOf(doc.tables[0]!)).toEqual([
      ['Ale', '120', '2.1', 'null?', 'null?', '120'],
      ['Bjuv', '80', '1.5', '95', '1.9', '-15'],
      ['Eda', '60', '3', 'null?', 'null?', '60'],
      ['Hjo', '45', '0.9', '50', '1', '-5'],
    ]);
    expect(doc.problems).toEqual([]);
  });

  it('reads them so in a tab-separated table, a blank the sum goes over, not a cell that is no number', () => {
    const doc = docFor(['Län\tAntal\tBelopp, tkr', 'Uppsala län\t12\t4 500', 'Kalmar län\t-----\t-----', 'Gotlands län\t3\t900', 'Summa\t15\t5 400']);
    expect(rowsOf(doc.tables[0]!)).toEqual([
      ['Uppsala län', '12', '4500000'],
      ['Kalmar län', 'null?', 'null?'],
      ['Gotlands län', '3', '900000'],
      ['Summa', '15', '5400000'],
    ]);
    expect(doc.problems).toEqual([]);
  });
});
