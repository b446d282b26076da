import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Aligned text tables whose only header line names the years. Written for this test. */
const tableOf = (text: string): Table => docOf({ file: 'a.txt', text }).tables[0]!;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a line of years over aligned columns (aligned-grid.ts)', () => {
  it('is the header, not a row of 2 023 and 2 024', () => {
    const t = tableOf('Län          2023       2024\nStockholm     412 300    425 100\nUppsala        95 200     98 700\nSkåne         305 600    315 900\nSumma         813 100    839 700\n');
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2023', '2024']);
    expect(rowsOf(t)).toEqual([
      ['Stockholm', '412300', '425100'],
      ['Uppsala', '95200', '98700'],
      ['Skåne', '305600', '315900'],
      ['Summa', '813100', '839700'],
    ]);
  });

  it('reads the same in another layout: three years, a caption with the unit above, no label over the rows', () => {
    const t = tableOf('Tabell 2. Kostnader, tkr\n\n                 2021      2022      2023\nSkola          1 204     1 310     1 402\nOmsorg           980     1 015     1 060\nKultur           120       118       131\n');
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2021', '2022', '2023']);
    expect(rowsOf(t)).toEqual([
      ['Skola', '1204000', '1310000', '1402000'],
      ['Omsorg', '980000', '1015000', '1060000'],
      ['Kultur', '120000', '118000', '131000'],
    ]);
  });
});

describe('one year over one column of figures, under a stub naming the unit (aligned-grid.ts)', () => {
  it('is the header, not a row of 2 007', () => {
    const t = tableOf('Tabell 9 Driftredovisning\n\nmnkr                    2007\nSkola                 66 978\nOmsorg                74 151\nKultur                29 554\nSumma                170 683\n');
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2007']);
    expect(rowsOf(t)).toEqual([
      ['Skola', '66978000000'],
      ['Omsorg', '74151000000'],
      ['Kultur', '29554000000'],
      ['Summa', '170683000000'],
    ]);
  });

  it('reads the same with the unit in words and a year further right', () => {
    const t = tableOf('Belopp i tkr                                2023\nGrundskola                                1 204\nGymnasieskola                               980\nVuxenutbildning                             120\n');
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2023']);
    expect(rowsOf(t)).toEqual([
      ['Grundskola', '1204000'],
      ['Gymnasieskola', '980000'],
      ['Vuxenutbildning', '120000'],
    ]);
  });
});
