import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A heading over rows labelled by years, one cell per line. Examples written here, in three layouts. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const read = (t: Table): (string | null)[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

const series: [string, string[]][] = [
  ['2022', ['1 204', '310', '1 514']],
  ['2021', ['1 187', '295', '1 482']],
  ['2020', ['1 150', '301', '1 451']],
  ['2019', ['1 098', '287', '1 385']],
];
const expected = series.map(([y, vs]) => [y, ...vs.map((v) => v.replace(/ /g, ''))]);

describe('rows labelled by years under a heading, one cell per line', () => {
  it('reads them with a line per cell', () => {
    const text = ['Antal tillstånd per år', '', 'Hela landet', ...series.flatMap(([y, vs]) => [y, ...vs]), '', 'Källa: registret'].join('\n');
    const t = tablesOf(text).find((x) => x.caption === 'Hela landet')!;
    expect(read(t)).toEqual(expected);
  });

  it('reads them with a blank line and a border between cells, years rising', () => {
    const rising = [...series].reverse();
    const text = ['Samtliga kommuner', '|', ...rising.flatMap(([y, vs]) => [y, '|', ...vs.flatMap((v) => [v, ''])])].join('\n');
    const t = tablesOf(text).find((x) => x.caption === 'Samtliga kommuner')!;
    expect(read(t)).toEqual([...expected].reverse());
  });

  it('reads nothing when the years do not run one by one', () => {
    const text = ['Riket', '2022', '5', '6', '2018', '7', '8', '2011', '9', '10'].join('\n');
    expect(tablesOf(text).filter((x) => x.caption === 'Riket')).toEqual([]);
  });
});
