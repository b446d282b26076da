import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Tab-separated tables (a sheet copied from a spreadsheet) with section headings, written for this test. */
const tablesOf = (text: string) =>
  docOf({ file: 't.txt', text }).tables.map((t) => ({
    header: t.columns.map((c) => c.header.join(' / ')),
    rows: t.rows.map((r) => [r.label, r.kind, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
  }));

describe('section headings inside a tab-separated table', () => {
  it('keeps a table whole across headings written with their empty cells', () => {
    const text = ['Nämnd\tBudget 2025\tBudget 2026', 'Barn och utbildning\t\t', 'Förskola\t310\t318', 'Grundskola\t540\t552', 'Omsorg\t\t', 'Hemtjänst\t220\t229', 'Särskilt boende\t400\t412', ''].join('\n');
    const tables = tablesOf(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.header).toEqual(['Budget 2025', 'Budget 2026']);
    expect(tables[0]!.rows).toEqual([
      ['Barn och utbildning', 'other', null, null],
      ['Förskola', 'data', '310', '318'],
      ['Grundskola', 'data', '540', '552'],
      ['Omsorg', 'other', null, null],
      ['Hemtjänst', 'data', '220', '229'],
      ['Särskilt boende', 'data', '400', '412'],
    ]);
  });

  it('keeps it whole when the editor dropped the headings’ trailing tabs', () => {
    const text = ['Post\t2024\t2023', 'Intäkter', 'Avgifter\t1 200\t1 150', 'Bidrag\t300\t280', 'Kostnader', 'Löner\t-900\t-870', 'Lokaler\t-450\t-440', ''].join('\n');
    const tables = tablesOf(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.header).toEqual(['2024', '2023']);
    expect(tables[0]!.rows.map((r) => r[0])).toEqual(['Intäkter', 'Avgifter', 'Bidrag', 'Kostnader', 'Löner', 'Lokaler']);
    expect(tables[0]!.rows[4]).toEqual(['Löner', 'data', '-900', '-870']);
  });

  it('leaves two tables apart when a sentence or a line with a figure stands between them', () => {
    const sentence = ['Post\t2024\t2023', 'Avgifter\t1 200\t1 150', 'Bidrag\t300\t280', 'Beloppen avser hela året.', 'Län\tAntal\tAndel', 'Skåne\t12\t40', 'Halland\t18\t60', ''].join('\n');
    expect(tablesOf(sentence)).toHaveLength(2);
    const figure = ['Post\t2024\t2023', 'Avgifter\t1 200\t1 150', 'Bidrag\t300\t280', 'Tabell 2', 'Län\tAntal\tAndel', 'Skåne\t12\t40', 'Halland\t18\t60', ''].join('\n');
    expect(tablesOf(figure)).toHaveLength(2);
  });
});
