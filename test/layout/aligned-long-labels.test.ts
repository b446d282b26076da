import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Aligned text tables (pdftotext -layout) whose row labels describe an activity at length. Written for this test. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'a.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('row labels longer than 45 characters in aligned columns (aligned-grid.ts)', () => {
  it('keep a table of three columns whole', () => {
    const text = [
      'Verksamhet                                                              2022       2023       2024',
      'Grundskola                                                             1 204      1 310      1 402',
      'Bidrag till ideella organisationer för insatser inom regional utveckling  980      1 015      1 060',
      'Ersättning för kostnader för personal och lokaler vid statlig medfinansiering av projekt   120   118   131',
      'Gymnasieskola                                                            305        320        331',
      'Summa                                                                  2 609      2 763      2 924',
    ].join('\n');
    const [t, ...rest] = tablesOf(`Tabell 4. Nettokostnader, tkr\n\n${text}\n`);
    expect(rest).toEqual([]);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2023', '2024']);
    expect(rowsOf(t!)).toEqual([
      ['Grundskola', '1204000', '1310000', '1402000'],
      ['Bidrag till ideella organisationer för insatser inom regional utveckling', '980000', '1015000', '1060000'],
      ['Ersättning för kostnader för personal och lokaler vid statlig medfinansiering av projekt', '120000', '118000', '131000'],
      ['Gymnasieskola', '305000', '320000', '331000'],
      ['Summa', '2609000', '2763000', '2924000'],
    ]);
  });

  it('keep a table of one column whole, every label long', () => {
    const labels = [
      'Stöd till kompetensförsörjning och omställning i kommuner och regioner',
      'Medel för uppföljning och administration av insatser inom regional tillväxt',
      'Bidrag till landsbygdens organisationer för samverkan med kommuner',
      'Ersättning för särskilda åtgärder inom området regional utveckling och samverkan',
    ];
    const values = [4500, 3200, 5100, 2900];
    const rows = labels.map((l, k) => `${l.padEnd(90)}${String(values[k]).replace(/(\d)(\d{3})$/, '$1 $2').padStart(8)}`);
    const text = ['Insats'.padEnd(90) + 'Belopp'.padStart(8), ...rows].join('\n');
    const [t, ...rest] = tablesOf(`${text}\n`);
    expect(rest).toEqual([]);
    expect(rowsOf(t!)).toEqual(labels.map((l, k) => [l, String(values[k])]));
  });

  it('keep a table of changes, small signed figures after long labels, whole', () => {
    const labels = [
      'Summa totalt',
      'Stöd till kompetensförsörjning och omställning i kommuner och regioner med särskilda behov',
      'Medel för uppföljning och administration av insatser inom regional tillväxt',
      'Bidrag till landsbygdens organisationer för samverkan med kommuner och regioner',
      'Kostnader för personal och lokaler',
    ];
    const values = ['+14', '-27', '+8', '+36', '-3'];
    const text = ['Verksamhet'.padEnd(100) + 'Netto', ...labels.map((l, k) => l.padEnd(100) + values[k]!.padStart(5))].join('\n');
    const [t, ...rest] = tablesOf(`Tabell 3. Förändring 2024, mnkr\n\n${text}\n`);
    expect(rest).toEqual([]);
    expect(rowsOf(t!)).toEqual(labels.map((l, k) => [l, String(Number(values[k]) * 1e6)]));
  });
});
