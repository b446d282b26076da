import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Pipe tables without outer pipes whose second header row starts with a pipe (its first cell empty); written here. */
const tableOf = (text: string): Table => docOf({ file: 't.md', text }).tables[0]!;
const headers = (t: Table): string[] => t.columns.map((c) => c.header.join(' / '));

describe('a GFM row printed from its empty first cell', () => {
  it('puts month names under their years, not one column to the left', () => {
    const t = tableOf(
      [
        'Tabell 1. Utbetalningar per månad, tkr',
        '',
        'Område | 2022 | | | 2023 | |',
        '---|---|---|---|---|---',
        '| Jan | Feb | Mar | Jan | Feb | Mar',
        'Norr | 100 | 200 | 300 | 110 | 210 | 310',
        'Söder | 50 | 60 | 70 | 55 | 65 | 75',
        'Summa | 150 | 260 | 370 | 165 | 275 | 385',
        '',
      ].join('\n'),
    );
    expect(headers(t)).toEqual(['2022 / Jan', '2022 / Feb', '2022 / Mar', '2023 / Jan', '2023 / Feb', '2023 / Mar']);
    expect(t.rows.map((r) => r.label)).toEqual(['Norr', 'Söder', 'Summa']);
    expect(t.rows[2]!.cells.map((c) => c.value?.toFixed())).toEqual(['150000', '260000', '370000', '165000', '275000', '385000']);
  });

  it('keeps a row of kinds under years in place when rows end in a pipe', () => {
    const t = tableOf(
      [
        'Kostnadsslag | 2021 | 2022 |',
        ':--|--:|--:|',
        '| utfall | budget |',
        'Personal | 1 200 | 1 300 |',
        'Lokaler | 400 | 420 |',
        'Summa | 1 600 | 1 720 |',
        '',
      ].join('\n'),
    );
    expect(headers(t)).toEqual(['2021 / utfall', '2022 / budget']);
    expect(t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed())])).toEqual([
      ['Personal', '1200', '1300'],
      ['Lokaler', '400', '420'],
      ['Summa', '1600', '1720'],
    ]);
  });

  it('leaves tables with outer pipes as GFM reads them', () => {
    const t = tableOf(['| Område | Kv 1 | Kv 2 |', '|---|---|---|', '| Norr | 10 | 20 |', '| Söder | 5 | 6 |', ''].join('\n'));
    expect(headers(t)).toEqual(['Kv 1', 'Kv 2']);
    expect(t.rows.map((r) => r.label)).toEqual(['Norr', 'Söder']);
  });
});
