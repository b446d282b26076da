import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Small pipe tables under a code column's title and a names title ("Förk. | Parti | …") where
 * rows without a code print their label over both columns, one cell fewer. Too few full rows
 * show the columns' look; the header and the one coded row say where the figures belong.
 * Examples written for this test (invented parties and figures).
 */
const tablesOf = (text: string, file = 'case.md'): readonly Table[] => docOf({ file, text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('rows whose label spans the code and name columns of a small pipe table', () => {
  it('moves the figures of such rows one column on in a GFM table', () => {
    const text = [
      'Övriga partier',
      '',
      '| Förk. | Parti | Antal 2022 | Andel 2022 | Antal 2018 | Andel 2018 |',
      '|---|---|---|---|---|---|',
      '| NyP | Nya partiet | 4 | 0,40% | 1 | 0,10% |',
      '| Röster på partier utan valsedlar | 3 | 0,30% | 2 | 0,20% | |',
      '| Totalt övriga partier | 7 | 0,70% | 3 | 0,30% | |',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    const rows = rowsOf(t!);
    expect(rows.find((r) => String(r[0]).startsWith('Röster på'))!.slice(-4)).toEqual(['3', '0.3', '2', '0.2']);
    expect(rows.find((r) => r[0] === 'Totalt övriga partier')!.slice(-4)).toEqual(['7', '0.7', '3', '0.3']);
    // Where they stand is a reading.
    expect(t!.rows.find((r) => r.label === 'Totalt övriga partier')!.cells.filter((c) => c.value !== undefined).every((c) => c.uncertain !== undefined)).toBe(true);
  });

  it('does the same in pipe rows without a delimiter row, in other words', () => {
    const text = [
      'Röster på listor som inte nådde mandat',
      '',
      '| Beteckning | Lista | Röster 2021 | Procent 2021 | Röster 2017 | Procent 2017 |',
      '| KVL | Kyrklig väg | 12 | 0,52% | 9 | 0,41% |',
      '| Övriga listor | 5 | 0,22% | 4 | 0,18% | |',
      '| Summa | 17 | 0,74% | 13 | 0,59% | |',
      '',
    ].join('\n');
    const [t] = tablesOf(text, 'case.txt');
    const rows = rowsOf(t!);
    expect(rows.find((r) => r[0] === 'Övriga listor')!.slice(-4)).toEqual(['5', '0.22', '4', '0.18']);
    expect(rows.find((r) => r[0] === 'Summa')!.slice(-4)).toEqual(['17', '0.74', '13', '0.59']);
  });

  it('moves nothing where no row shows a code beside a name', () => {
    const text = [
      '| Förk. | Parti | Antal 2022 | Andel 2022 |',
      '|---|---|---|---|',
      '| Alla listor | 40 | 80% | |',
      '| Övriga | 10 | 20% | |',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    // Figures stay where printed, read as print (not as a placement).
    expect(rowsOf(t!).map((r) => r.slice(1).filter((v) => v !== null))).toEqual([['40', '80'], ['10', '20']]);
    expect(t!.rows.flatMap((r) => r.cells).some((c) => c.value !== undefined && c.uncertain !== undefined)).toBe(false);
  });
});

