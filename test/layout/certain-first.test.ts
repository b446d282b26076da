import { describe, expect, it } from 'vitest';
import { certainFirst } from '../../src/layout/certain-first.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Copied rows whose first rows split two ways; wordings and figures written for this test. */
const values = (t: Table, col: number) => t.rows.map((r) => r.cells[col]?.value?.toFixed() ?? null);

describe('certainFirst', () => {
  it('puts the rows that split one way first, each part in its order', () => {
    const rows = [{ line: 'a?' }, { line: 'b!' }, { line: null }, { line: 'c?' }, { line: 'd!' }];
    expect(certainFirst(rows, (l: string) => l.endsWith('!')).map((r) => r.line)).toEqual(['b!', 'd!', 'a?', null, 'c?']);
    expect(certainFirst(rows, () => false).map((r) => r.line)).toEqual(['a?', 'b!', null, 'c?', 'd!']);
  });
});

describe('columns sized by the rows that split one way', () => {
  it('reads counts and averages whose first rows split two ways alike', () => {
    const text = [
      'Pensionärer och medelpension per åldersgrupp',
      '',
      'Samtliga pensionärer 184 216 214,7 198,2',
      'Gifta 52 418 246,3 221,9',
      'Ogifta 81 902 1 008,4 204,5',
      'Änkor och änklingar 49 896 171,2 165,0',
      'Skilda 39 000 1 012,6 151,3',
    ].join('\n');
    const [t] = docOf({ text }).tables;
    expect(values(t!, 0)).toEqual(['184216', '52418', '81902', '49896', '39000']);
    expect(values(t!, 1)).toEqual(['214.7', '246.3', '1008.4', '171.2', '1012.6']);
    expect(values(t!, 2)).toEqual(['198.2', '221.9', '204.5', '165', '151.3']);
  });

  it('reads staff numbers and costs in a report table the same way', () => {
    const text = [
      'Personal och kostnader per förvaltning 2023',
      '',
      'Utbildningsförvaltningen 2 418 912,5 40,3',
      'Socialförvaltningen 1 906 718,0 37,9',
      'Stadsbyggnadsförvaltningen 312 1 042,6 51,2',
      'Kulturförvaltningen 205 1 018,9 44,0',
    ].join('\n');
    const [t] = docOf({ text }).tables;
    expect(t!.rows.map((r) => r.label)).toEqual(['Utbildningsförvaltningen', 'Socialförvaltningen', 'Stadsbyggnadsförvaltningen', 'Kulturförvaltningen']);
    expect(values(t!, 0)).toEqual(['2418', '1906', '312', '205']);
    expect(values(t!, 1)).toEqual(['912.5', '718', '1042.6', '1018.9']);
  });
});
