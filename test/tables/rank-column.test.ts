import { describe, expect, it } from 'vitest';
import { isRankColumn } from '../../src/tables/rank-column.js';
import { docOf } from '../rules/rule-tester.js';

const tableOf = (file: string, text: string) => {
  const t = docOf({ file, text }).tables[0]!;
  return { columns: t.columns.map((c) => `${c.header.join(' / ')}:${c.unit ?? '-'}`), rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]) };
};

describe('isRankColumn', () => {
  it('knows places in a ranking by header and whole numbers', () => {
    expect(isRankColumn('Placering', ['1', '2', '3'])).toBe(true);
    expect(isRankColumn('Plats 2023', ['12', '13'])).toBe(true);
    expect(isRankColumn('Placeringar', ['1 200', '300'])).toBe(false);
    expect(isRankColumn('Placering', ['1,5', '2'])).toBe(false);
    expect(isRankColumn('Belopp', ['1', '2'])).toBe(false);
  });
});

describe('a ranking beside the figures', () => {
  it('is a label column in a Markdown table and in a tab-separated one, not a column in kronor', () => {
    const md = ['Avgift per hushåll och år (kronor)', '', '| Placering | Kommun | Avgift (kr) |', '|---|---|---|', '| 1 | Storby | 8 120 |', '| 2 | Lillköping | 7 940 |', '| 3 | Västeräng | 7 605 |', ''].join('\n');
    expect(tableOf('a.md', md)).toEqual({
      columns: ['Avgift (kr):SEK'],
      rows: [
        ['Storby', '8120'],
        ['Lillköping', '7940'],
        ['Västeräng', '7605'],
      ],
    });
    const tab = ['Kommun\tPlats\tAndel (%)', 'Storby\t1\t91', 'Lillköping\t2\t87', 'Västeräng\t3\t82', ''].join('\n');
    expect(tableOf('b.txt', tab).columns).toEqual(['Andel (%):percent']);
  });
});
