import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { findingsOf } from '../rule-tester.js';

/**
 * Counts printed only as a bound ("<5": fewer than five cases, not given) add between nothing
 * and four each. Tables written for this test: 120 + 85 = 205 shown, two cells "<5".
 */
const rows = (total: string) => [
  ['Stockholms län', '120'],
  ['Uppsala län', '<5'],
  ['Gotlands län', '<5'],
  ['Skåne län', '85'],
  ['Totalt', total],
];
const tabs = (total: string) => ['Antal ärenden per län 2023', '', 'Län\tAntal', ...rows(total).map((r) => r.join('\t')), ''].join('\n');
const gfm = (total: string) => ['| Län | Antal ärenden |', '|---|---|', ...rows(total).map((r) => `| ${r.join(' | ')} |`), ''].join('\n');

describe('a column total over counts hidden below a bound', () => {
  for (const [layout, write, file] of [['tab-separated', tabs, 'a.txt'], ['GFM', gfm, 'a.md']] as const) {
    it(`is an info where the hidden counts can make up the difference, ${layout}`, () => {
      // 210 − 205 = 5, and two "<5" add 0–8.
      const found = findingsOf(columnTotal, [{ file, text: write('210') }]);
      expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['info', '210', '205']]);
      expect(found[0]!.message).toContain('stämmer med de dolda värdena ("<5", "<5"), som tillsammans kan vara 0–8');
    });

    it(`stays a warning where they cannot, ${layout}`, () => {
      // 220 − 205 = 15, more than 8; and less than shown (200) cannot be made up by hidden counts either.
      for (const [total, actual] of [['220', '205'], ['200', '205']] as const) {
        const found = findingsOf(columnTotal, [{ file, text: write(total) }]).filter((f) => f.severity !== 'info');
        expect(found.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', total, actual]]);
      }
    });
  }
});
