import { describe, expect, it } from 'vitest';
import { isOneCellRun } from '../../src/layout/one-cell-run.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A table pasted one cell a line without blank lines: a value with a digit group ("14 250")
 * is one cell, not two single-spaced cells of a row without a label. Examples written here in
 * two wordings and layouts (a unit header over years, a region table with a caption).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));
const values = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a table one cell a line under a unit header and its years', () => {
  it('reads "Belopp i tkr" / 2023 / 2022 and values with digit groups as whole values', () => {
    const text = ['Belopp i tkr', '2023', '2022', 'Personal', '14 250', '13 980', 'Lokaler', '3 400', '3 210', 'Material', '1 125', '1 090', 'Summa', '18 775', '18 280', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header)).toEqual([['2023'], ['2022']]);
    expect(values(t!)).toEqual([
      ['Personal', '14250000', '13980000'],
      ['Lokaler', '3400000', '3210000'],
      ['Material', '1125000', '1090000'],
      ['Summa', '18775000', '18280000'],
    ]);
  });

  it('reads a region table with a caption and a unit in words ("Tusental kronor")', () => {
    const text = ['Bidrag per region', '', 'Tusental kronor', '2021', '2020', 'Region Örebro län', '4 512', '4 108', 'Region Gävleborg', '3 977', '3 650', 'Region Dalarna', '2 845', '2 790', 'Summa', '11 334', '10 548', ''].join('\n');
    const [t] = tablesOf(text);
    expect(values(t!)).toEqual([
      ['Region Örebro län', '4512000', '4108000'],
      ['Region Gävleborg', '3977000', '3650000'],
      ['Region Dalarna', '2845000', '2790000'],
      ['Summa', '11334000', '10548000'],
    ]);
  });
});

describe('isOneCellRun', () => {
  it('rejects a spaced table, whose rows hold a label and figures together', () => {
    expect(isOneCellRun(src('Belopp i tkr 2023 2022\nPersonal 14 250 13 980\nLokaler 3 400 3 210\nSumma 17 650 17 190'), 0)).toBe(false);
  });
  it('rejects a run of values none of which has a digit group (other readers agree on it)', () => {
    expect(isOneCellRun(src('Antal\n2023\n2022\nSkolor\n12\n14\nFörskolor\n30\n31'), 0)).toBe(false);
  });
  it('rejects a line of prose at once', () => {
    expect(isOneCellRun(src('Regeringen har i dag beslutat om 14 250 kronor till var och en.\nPersonal'), 0)).toBe(false);
  });
  it('accepts labels and single grouped values', () => {
    expect(isOneCellRun(src('Mnkr\n2023\n2022\nSkatter\n2 340\n2 201\nBidrag\n615'), 0)).toBe(true);
  });
});

// Digit groups set by a thin or no-break space, as web and PDF copies give them, and a note mark after a figure:
// the same one-cell lines, which the single-spaced reader had read as rows of one figure each.
describe('a table one cell a line with digit groups in fine spaces', () => {
  it('reads thin-spaced figures under a title and its years as whole values', () => {
    const text = ['Post', '2024', '2025', 'Personal', '12\u2009480', '13\u2009020', 'Lokaler', '2\u2009950 *', '3\u2009105', 'Resor', '640', '710', 'Summa', '16\u2009070', '16\u2009835', '', '* Preliminärt.', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header)).toEqual([['2024'], ['2025']]);
    expect(values(t!)).toEqual([
      ['Personal', '12480', '13020'],
      ['Lokaler', '2950', '3105'],
      ['Resor', '640', '710'],
      ['Summa', '16070', '16835'],
    ]);
  });

  it('reads no-break-spaced figures of a region table the same way', () => {
    const text = ['Fördelning per region, kronor', '', 'Region', 'Beviljat', 'Utbetalt', 'Region Gotland', '1\u00a0200\u00a0000', '1\u00a0150\u00a0000', 'Region Blekinge', '2\u00a0340\u00a0500', '2\u00a0300\u00a0000', 'Region Kalmar län', '3\u00a0005\u00a0000', '2\u00a0990\u00a0000', 'Region Kronoberg', '980\u00a0000', '975\u00a0500', ''].join('\n');
    expect(isOneCellRun(src(text), 2)).toBe(true);
    const [t] = tablesOf(text);
    expect(values(t!)).toEqual([
      ['Region Gotland', '1200000', '1150000'],
      ['Region Blekinge', '2340500', '2300000'],
      ['Region Kalmar län', '3005000', '2990000'],
      ['Region Kronoberg', '980000', '975500'],
    ]);
  });
});
