import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Group titles one a line above a pipe table whose header has one row. Examples written here. */
const tablesOf = (file: string, text: string): readonly Table[] => docOf({ file, text }).tables;
const headers = (t: Table): string[] => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

const costs = [
  '| Verksamhet | Kostnad | Intäkt | Kostnad | Intäkt |',
  '|---|---:|---:|---:|---:|',
  '| Grundskola | 1 200 | 300 | 1 250 | 310 |',
  '| Äldreomsorg | 2 400 | 500 | 2 380 | 520 |',
  '| Kultur | 900 | 100 | 950 | 105 |',
  '| Summa | 4 500 | 900 | 4 580 | 935 |',
];

const years = [
  '| Län | Antal | Belopp | Antal | Belopp | Antal | Belopp |',
  '| Stockholms län | 12 | 340 | 14 | 360 | 15 | 390 |',
  '| Kalmar län | 4 | 90 | 5 | 95 | 5 | 99 |',
  '| Gotlands län | 1 | 20 | 2 | 25 | 2 | 30 |',
  '| Totalt | 17 | 450 | 21 | 480 | 22 | 519 |',
];

describe('group titles one a line above a pipe table', () => {
  for (const file of ['case.md', 'case.txt']) {
    it(`puts two titles over the runs of repeated column titles (${file}, a blank line between)`, () => {
      const text = ['Kostnader och intäkter per verksamhet, tkr', '', 'Budget 2024', 'Utfall 2024', '', ...costs, ''].join('\n');
      const [t] = tablesOf(file, text);
      expect(headers(t!)).toEqual(['Budget 2024 / Kostnad', 'Budget 2024 / Intäkt', 'Utfall 2024 / Kostnad', 'Utfall 2024 / Intäkt']);
      expect(rowsOf(t!)[3]).toEqual(['Summa', '4500000', '900000', '4580000', '935000']);
    });
  }

  it('puts three years over pairs of columns in pipe rows without a delimiter row, under a sentence and no blank line', () => {
    const text = ['Beviljade ansökningar och belopp i miljoner kronor per län:', '2021', '2022', '2023', ...years, ''].join('\n');
    const [t] = tablesOf('case.txt', text);
    expect(headers(t!)).toEqual(['2021 / Antal', '2021 / Belopp', '2022 / Antal', '2022 / Belopp', '2023 / Antal', '2023 / Belopp']);
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual(['01', '08', '09', null]);
  });

  it('leaves the lines as text when their count does not divide the columns, the titles do not repeat, or they are sentences', () => {
    const two = ['Budget 2024', 'Utfall 2024', 'Prognos 2024', '', ...costs, ''].join('\n');
    expect(headers(tablesOf('case.md', two)[0]!)).toEqual(['Kostnad', 'Intäkt', 'Kostnad', 'Intäkt']);
    const distinct = ['Budget', 'Utfall', '', '| Verksamhet | Personal | Lokaler | Material | Övrigt |', '|---|---|---|---|---|', '| Skola | 1 | 2 | 3 | 4 |', '| Vård | 5 | 6 | 7 | 8 |', ''].join('\n');
    expect(headers(tablesOf('case.md', distinct)[0]!)).toEqual(['Personal', 'Lokaler', 'Material', 'Övrigt']);
    const prose = ['Nämnden redovisar ett överskott', 'mot budget för året', '', ...costs, ''].join('\n');
    expect(headers(tablesOf('case.txt', prose)[0]!)).toEqual(['Kostnad', 'Intäkt', 'Kostnad', 'Intäkt']);
  });
});
