import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Web tables with titles over several columns and empty titles over the code and label columns,
 * copied out as pipe rows: each title written once, from the left, the row padded with empty
 * cells at its end. Tables written for this test, as a Markdown table with leading pipes and as
 * text copied without them.
 */
const tableOf = (file: string, text: string): Table => docOf({ file, text }).tables[0]!;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));

const ROWS = [
  ['A', 'Alfapartiet', '1 204', '40,1', '3', '1 100', '38,2', '3'],
  ['B', 'Betalistan', '998', '33,2', '2', '1 020', '35,4', '2'],
  ['G', 'Gammaförbundet', '801', '26,7', '2', '760', '26,4', '2'],
];

describe('header rows padded at their end', () => {
  it('puts the sub-titles over the value columns and each year over its run (text copied without leading pipes)', () => {
    const text = [
      'Röster per lista | 2024 | 2020 | |||||',
      '---|---|---|---|---|---|---|---|',
      'Röster | Andel | Platser | Röster | Andel | Platser | ||',
      ...ROWS.map((r) => `${r.join(' | ')} |`),
      '',
    ].join('\n');
    const t = tableOf('val.txt', text);
    expect(headersOf(t)).toEqual(['2024 / Röster', '2024 / Andel', '2024 / Platser', '2020 / Röster', '2020 / Andel', '2020 / Platser']);
    expect([t.columns[1]!.unit, t.columns[4]!.unit]).toEqual(['percent', 'percent']);
    expect(t.rows.map((r) => [r.code, r.label, r.cells[0]!.value?.toFixed(), r.cells[5]!.value?.toFixed()])).toEqual([
      ['A', 'Alfapartiet', '1204', '3'],
      ['B', 'Betalistan', '998', '2'],
      ['G', 'Gammaförbundet', '801', '2'],
    ]);
  });

  it('does so in a Markdown table, a row of years alone over the value columns', () => {
    const text = [
      '| 2023 | 2019 | | | | | | |',
      '|---|---|---|---|---|---|---|---|',
      '| Mandat | Röster | Andel | Mandat | Röster | Andel | | |',
      ...ROWS.map((r) => `| ${[r[0], r[1], r[4], r[2], r[3], r[7], r[5], r[6]].join(' | ')} |`),
      '',
    ].join('\n');
    const t = tableOf('val.md', text);
    expect(headersOf(t)).toEqual(['2023 / Mandat', '2023 / Röster', '2023 / Andel', '2019 / Mandat', '2019 / Röster', '2019 / Andel']);
    expect(t.columns[0]!.unit).toBe('count');
    expect(t.rows[0]!.cells.map((c) => c.value?.toFixed())).toEqual(['3', '1204', '40.1', '3', '1100', '38.2']);
  });

  it('does so in pipe rows with no delimiter row, a title over the stub first', () => {
    const text = [
      '| Lista | 2022 | 2018 | | | | | |',
      '| Platser | Röster | Andel | Platser | Röster | Andel | | |',
      ...ROWS.map((r) => `| ${[r[0], r[1], r[4], r[2], r[3], r[7], r[5], r[6]].join(' | ')} |`),
      '',
    ].join('\n');
    const t = tableOf('val.txt', text);
    expect(headersOf(t)).toEqual(['2022 / Platser', '2022 / Röster', '2022 / Andel', '2018 / Platser', '2018 / Röster', '2018 / Andel']);
    expect(t.rows[2]!.cells.map((c) => c.value?.toFixed())).toEqual(['2', '801', '26.7', '2', '760', '26.4']);
  });

  it('leaves a header whose titles count all the columns as it is', () => {
    const text = ['Lista | Namn | Röster | Andel | Platser |', '---|---|---|---|---|', ...ROWS.map((r) => `${r.slice(0, 5).join(' | ')} |`), ''].join('\n');
    const t = tableOf('val.txt', text);
    expect(headersOf(t)).toEqual(['Röster', 'Andel', 'Platser']);
  });
});
