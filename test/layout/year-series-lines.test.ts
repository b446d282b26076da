import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { detectYearSeriesLines } from '../../src/layout/year-series-lines.js';

/** Rows of figures by year pasted one cell a line, written for this test. */
const tableOf = (text: string) => {
  const tables = docOf({ file: 'y.txt', text }).tables;
  return tables.map((t) => ({
    columns: t.columns.map((c) => c.header.join(' ')),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));
};
const linesOf = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));

describe('a row of figures by year, one cell a line', () => {
  it('reads years, then as many figures, as one row under the years', () => {
    const text = ['Besökare på museet', '', '2018', '', '2019', '', '2020', '', '2021', '', '412', '', '430', '', '118', '', '265', '', 'Källa: museets räkning.', ''].join('\n');
    expect(tableOf(text)).toEqual([{ columns: ['2018', '2019', '2020', '2021'], rows: [['', '412', '430', '118', '265']] }]);
  });

  it('reads a label-column title, a row label, figures with their scale and a figure not given', () => {
    const text = ['År', '2015', '2016', '2017', 'Utbetalt', '12 milj.', '14,5 milj.', 'N/A', ''].join('\n');
    expect(tableOf(text)).toEqual([{ columns: ['2015', '2016', '2017'], rows: [['Utbetalt', '12000000', '14500000', null]] }]);
  });

  it('takes no row when the figures do not match the years one for one', () => {
    expect(detectYearSeriesLines('y.txt', linesOf(['2018', '2019', '2020', '5', '6', '7', '8'].join('\n')), 0)).toBeNull();
    expect(detectYearSeriesLines('y.txt', linesOf(['2018', '2019', '2020', '5', '6'].join('\n')), 0)).toBeNull();
  });

  it('takes years that do not run one a year, or lines of prose, for no such row', () => {
    expect(detectYearSeriesLines('y.txt', linesOf(['2010', '2015', '2020', '5', '6', '7'].join('\n')), 0)).toBeNull();
    expect(detectYearSeriesLines('y.txt', linesOf(['Beslutet fattades 2019 och gäller till 2021.', '2019', '2020', '2021', '1', '2', '3'].join('\n')), 0)).toBeNull();
  });
});
