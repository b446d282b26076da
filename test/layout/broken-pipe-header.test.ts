import { describe, expect, it } from 'vitest';
import { brokenPipeHeader } from '../../src/layout/broken-pipe-header.js';
import { splitLines } from '../../src/layout/source-line.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Headers of tables without leading pipes, broken over lines before the delimiter row; wordings written for this test. */
const titles = (text: string): string[] | undefined => brokenPipeHeader('t.txt', splitLines(text).map((raw, k) => ({ raw, line: k + 1 })), 0)?.cells.map((c) => c.text.trim());
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('brokenPipeHeader', () => {
  it('joins titles one a line up to the delimiter row', () => {
    expect(titles(['Kommun | Bidrag 2021 |', 'Bidrag 2022 |', '---|---|---|', 'Ale | 120 | 130 |'].join('\n'))).toEqual(['Kommun', 'Bidrag 2021', 'Bidrag 2022']);
  });

  it('joins titles two a line, and takes a header that is not broken', () => {
    expect(titles(['Post | Utfall |', 'Budget | Prognos |', '---|---|---|---|'].join('\n'))).toEqual(['Post', 'Utfall', 'Budget', 'Prognos']);
    expect(titles(['Län | 2019 | 2020 |', ':---|---:|---:|'].join('\n'))).toEqual(['Län', '2019', '2020']);
  });

  it('wants as many titles as the delimiter row has columns, titles without figures, and a delimiter row', () => {
    expect(titles(['Kommun | Bidrag 2021 |', '---|---|---|'].join('\n'))).toBeUndefined();
    expect(titles(['Ale | 120 |', '---|---|'].join('\n'))).toBeUndefined();
    expect(titles(['Kommun | Bidrag |', 'Ale | Borås |'].join('\n'))).toBeUndefined();
  });
});

describe('open pipe rows under a broken header', () => {
  it('reads the titles as the header of the rows under the delimiter row', () => {
    const text = ['Kommun | Bidrag 2021 |', 'Bidrag 2022 |', '---|---|---|', 'Ale | 120 | 130 |', 'Borås | 400 | 410 |', 'Summa | 520 | 540 |'].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.columns.map((c) => c.header)).toEqual([['Bidrag 2021'], ['Bidrag 2022']]);
    expect(t!.rows.map((r) => r.label)).toEqual(['Ale', 'Borås', 'Summa']);
    expect(values(t!, 1)).toEqual(['130', '410', '540']);
  });

  it('reads a header broken two titles a line', () => {
    const text = ['Post | Utfall |', 'Budget | Prognos |', '---|---|---|---|', 'Skatter | 90 | 95 | 97 |', 'Avgifter | 10 | 12 | 11 |'].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.columns.map((c) => c.header)).toEqual([['Utfall'], ['Budget'], ['Prognos']]);
    expect(values(t!, 2)).toEqual(['97', '11']);
  });
});
