import { describe, expect, it } from 'vitest';
import { isUnitSuffix } from '../../src/layout/unit-suffix.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A row whose values carry their own scaled unit among bare rows; tables written here. */
const read = (text: string): (string | null)[][] =>
  (docOf({ file: 'bidrag.txt', text }).tables[0] as Table).rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a scaled unit after a value in a spaced row', () => {
  it('knows the scaled units and nothing else', () => {
    expect(['tkr', 'mnkr', 'MKR', 'mdkr'].map(isUnitSuffix)).toEqual([true, true, true, true]);
    expect(['kr', 'kronor', 'st', 'Summa'].map(isUnitSuffix)).toEqual([false, false, false, false]);
  });

  it('reads "117 000 tkr" in its own scale under a header of years', () => {
    const text = ['Bidrag till föreningar', '', 'Förening 2022 2023', 'Ekdalen 45 000 47 000', 'Bergtorp 117 000 tkr 120 000 tkr', 'Lindå 12 500 13 000', 'Åsen 8 000 8 500', 'Summa 117 065 500 120 068 500', ''].join('\n');
    expect(read(text)).toEqual([
      ['Ekdalen', '45000', '47000'],
      ['Bergtorp', '117000000', '120000000'],
      ['Lindå', '12500', '13000'],
      ['Åsen', '8000', '8500'],
      ['Summa', '117065500', '120068500'],
    ]);
  });

  it('reads "1,2 mnkr" in its own scale under titled columns', () => {
    const text = ['Stöd per projekt', '', 'Projekt Sökt Beviljat', 'Ån 45 000 40 000', 'Bron 1,2 mnkr 900 000', 'Torget 12 500 10 000', 'Parken 8 000 8 000', 'Summa 1 265 500 958 000', ''].join('\n');
    expect(read(text)[1]).toEqual(['Bron', '1200000', '900000']);
    expect(read(text)[4]).toEqual(['Summa', '1265500', '958000']);
  });
});
