import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A first row of years beside titles of words ("Län | Kod | 2019 | 2020"). Written for this test. */
const tableOf = (file: string, text: string): Table => docOf({ file, text }).tables[0]!;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a header of years beside words (header.ts)', () => {
  it('reads a tab-separated first row of a title, a code title and years as the header, the codes as codes', () => {
    const t = tableOf('a.txt', 'Län\tKod\t2019\t2020\nStockholms län\t01\t1 204\t1 310\nUppsala län\t03\t402\t415\nÖstergötlands län\t05\t455\t470\n');
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2019', '2020']);
    expect(rowsOf(t)).toEqual([
      ['Stockholms län', '1204', '1310'],
      ['Uppsala län', '402', '415'],
      ['Östergötlands län', '455', '470'],
    ]);
    expect(t.rows.map((r) => r.code)).toEqual(['01', '03', '05']);
  });

  it('reads the same in another layout: a comment title after the years, the row of years not read as 2 022 and 2 023', () => {
    const t = tableOf('b.txt', 'Område\t2022\t2023\tKommentar\nNorra\t310\t322\tökning\nSödra\t455\t470\tökning\nTotalt\t765\t792\t\n');
    expect(t.columns.map((c) => c.header.join(' ')).slice(0, 2)).toEqual(['2022', '2023']);
    // The comment column is text: it goes with the label, the years hold the values.
    expect(t.rows.map((r) => r.cells.slice(0, 2).map((c) => c.value?.toFixed() ?? null))).toEqual([
      ['310', '322'],
      ['455', '470'],
      ['765', '792'],
    ]);
    expect(t.rows.map((r) => r.kind)).toEqual(['data', 'data', 'total']);
  });
});

describe('one year under a first cell that names the rows by time', () => {
  const read = (text: string, file = 'a.txt') => docOf({ file, text }).tables.map((t) => [t.columns.map((c) => c.header.join('/')), t.rows.map((r) => r.label.trim())]);

  it('reads "År | 2023" as the header, not a row of 2 023', () => {
    expect(read('Kostnader per verksamhet\n\nÅr\t2023\nSkola\t120\nVård\t80\nSumma\t200\n')).toEqual([[['2023'], ['Skola', 'Vård', 'Summa']]]);
    expect(read('Bidrag\n\n| År | 2021 |\n|---|---|\n| Föreningar | 40 |\n| Studieförbund | 25 |\n| Totalt | 65 |\n', 'b.md')).toEqual([[['2021'], ['Föreningar', 'Studieförbund', 'Totalt']]]);
  });
});
