import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { cellsArePercent } from '../../src/tables/percent-cells.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A share column printed with "%" where some shares are suppressed or missing ("..", ".", "–"):
 * still a column of shares, never added up to the total row's share. Tables written for this
 * test; the counts add up by hand (400 + 100 + 50 + 150 = 700).
 */
const nonInfo = (text: string, file: string) => findingsOf(columnTotal, [{ file, text }]).filter((f) => f.severity !== 'info');

describe('cellsArePercent', () => {
  it.each([
    [['75%', '..', '100%', '–']],
    [['75 %', '.', '12,5 %', '']],
    [['18 procent', 'x', '20 procent']],
    [[]],
  ])('%j is a column of shares', (cells) => {
    expect(cellsArePercent(cells)).toBe(true);
  });
  it.each([
    [['400', '..', '50']],
    [['..', '.', '–']],
    [['75%', '100', '20%']],
  ])('%j is not', (cells) => {
    expect(cellsArePercent(cells)).toBe(false);
  });
});

const rows = (blank: string) => [
  ['Uppsala län', '400', '75%'],
  ['Kalmar län', '100', blank],
  ['Gotlands län', '50', '100%'],
  ['Blekinge län', '150', '60%'],
  ['Totalt', '700', '70%'],
];
const gfm = (blank: string) => ['| Län | Lägenheter | Hyresrätter |', '|---|---:|---:|', ...rows(blank).map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
const tabs = (blank: string) => ['Län\tLägenheter\tHyresrätter', ...rows(blank).map((r) => r.join('\t')), ''].join('\n');

describe.each([
  ['GFM', gfm, 'a.md'],
  ['tab-separated', tabs, 'b.txt'],
] as const)('a share column with a suppressed share, %s', (_, of, file) => {
  for (const blank of ['..', '.', 'x']) {
    it(`reads "${blank}" among shares as a missing share and sums only the counts`, () => {
      const text = of(blank);
      const t = docOf({ file, text }).tables[0]!;
      expect(t.columns.map((c) => c.unit)).toEqual([null, 'percent']);
      expect(nonInfo(text, file)).toEqual([]);
    });
  }
});
