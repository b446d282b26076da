import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Pipe rows without a leading pipe whose body repeats the header's column titles under a new
 * stub title: a table of its own begins there. Wordings written for this test.
 */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('a header repeated inside open pipe rows', () => {
  it('starts a second table under the same column titles', () => {
    const text = [
      'Grundskolor | 2021 | 2020 | Förändring |',
      'Ekbackeskolan | 412 | 398 | 14 |',
      'Lindskolan | 230 | 241 | -11 |',
      'Summa grundskolor | 642 | 639 | 3 |',
      'Gymnasieskolor | 2021 | 2020 | Förändring |',
      'Stensgymnasiet | 905 | 870 | 35 |',
      'Vallagymnasiet | 611 | 640 | -29 |',
      'Summa gymnasieskolor | 1 516 | 1 510 | 6 |',
    ].join('\n');
    const tables = docOf({ text }).tables;
    expect(tables).toHaveLength(2);
    expect(tables.map((t) => t.rows.map((r) => r.label))).toEqual([
      ['Ekbackeskolan', 'Lindskolan', 'Summa grundskolor'],
      ['Stensgymnasiet', 'Vallagymnasiet', 'Summa gymnasieskolor'],
    ]);
    expect(tables[1]!.columns.map((c) => c.header)).toEqual([['2021'], ['2020'], ['Förändring']]);
    expect(values(tables[1]!, 0)).toEqual(['905', '611', '1516']);
    expect(values(tables[1]!, 2)).toEqual(['35', '-29', '6']);
  });

  it('starts it under titles of words, with empty cells closing the lines', () => {
    const text = [
      'Tabell 3 Kostnader per förvaltning |||',
      'Tusental kronor | ||',
      'Barn och utbildning | Budget | Utfall | |',
      'Förskola | 88 400 | 87 950 | |',
      'Fritidshem | 12 300 | 12 810 | |',
      'Vård och omsorg | Budget | Utfall | |',
      'Hemtjänst | 140 200 | 143 700 | |',
      'Särskilt boende | 201 000 | 199 350 | |',
    ].join('\n');
    const tables = docOf({ text }).tables;
    expect(tables).toHaveLength(2);
    expect(tables[0]!.rows.map((r) => r.label)).toEqual(['Förskola', 'Fritidshem']);
    expect(tables[1]!.rows.map((r) => r.label)).toEqual(['Hemtjänst', 'Särskilt boende']);
    expect(tables[1]!.columns.map((c) => c.header)).toEqual([['Budget'], ['Utfall']]);
    // The section stays under its table's unit (tusental kronor).
    expect(values(tables[1]!, 1)).toEqual(['143700000', '199350000']);
  });

  it('keeps a row that merely shares some words with the header', () => {
    const text = [
      'Område | 2021 | 2020 |',
      'Norra | 12 | 10 |',
      'Södra | 2021 | 2019 |',
      'Östra | 7 | 9 |',
    ].join('\n');
    const tables = docOf({ text }).tables;
    expect(tables).toHaveLength(1);
    expect(tables[0]!.rows.map((r) => r.label)).toEqual(['Norra', 'Södra', 'Östra']);
  });
});
