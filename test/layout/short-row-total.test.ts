import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** A row of fewer cells than the header, in tab-separated and GFM tables; written for this test, figures invented. */
const rows = (text: string, file: string) =>
  docOf({ file, text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toString()) + (c.placedByGuess ? '?' : ''))]);

describe('a short row the total under it places, or leaves a guess (short-row-total.ts, shifted-cells.ts)', () => {
  it('a tab row short of its first year stands where the total adds up', () => {
    const text = ['Kostnader per område', '', 'Område\t2021\t2022\t2023', 'Skola\t10\t12\t14', 'Vård\t8\t9', 'Omsorg\t5\t6\t7', 'Summa\t15\t26\t30', ''].join('\n');
    expect(rows(text, 'a.txt')[1]).toEqual(['Vård', '', '8', '9']);
    expect(findingsOf(columnTotal, [{ file: 'a.txt', text }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a GFM row short of its middle year, placed by the total; the sum columns then hold', () => {
    const text = '| Län | 2020 | 2021 | 2022 |\n|---|---|---|---|\n| Norra | 120 | 130 | 140 |\n| Södra | 45 | 60 |\n| Västra | 30 | 35 | 40 |\n| Totalt | 195 | 165 | 240 |\n';
    // 195 = 120 + 45 + 30, 165 = 130 + 35 (Södra's middle year empty), 240 = 140 + 60 + 40.
    expect(rows(text, 'b.md')[1]).toEqual(['Södra', '45', '', '60']);
  });

  it('when no placement adds up, the row stays from the left, marked a guess, and the sums only warn, naming the doubt', () => {
    const tab = ['Kostnader per område', '', 'Område\t2021\t2022\t2023', 'Skola\t10\t12\t14', 'Vård\t8\t9', 'Omsorg\t5\t6\t7', 'Summa\t15\t26\t31', ''].join('\n');
    expect(rows(tab, 'c.txt')[1]).toEqual(['Vård', '8?', '9?', '']);
    const gfm = '| Område | 2021 | 2022 | 2023 |\n|---|---|---|---|\n| Skola | 10 | 12 | 14 |\n| Vård | 8 | 9 |\n| Omsorg | 5 | 6 | 7 |\n| Summa | 15 | 26 | 31 |\n';
    expect(rows(gfm, 'd.md')[1]).toEqual(['Vård', '8?', '9?', '']);
    const found = findingsOf(columnTotal, [{ file: 'd.md', text: gfm }]);
    expect(found.some((f) => f.severity === 'error')).toBe(false);
    expect(found.some((f) => f.message.includes('raden "Vård" har färre värden än tabellen har kolumner'))).toBe(true);
    // Where the total places it from the left, it stays there, unmarked.
    const left = '| Område | 2021 | 2022 | 2023 |\n|---|---|---|---|\n| Skola | 10 | 12 | 14 |\n| Vård | 8 | 9 |\n| Omsorg | 5 | 6 | 7 |\n| Summa | 23 | 27 | 21 |\n';
    expect(rows(left, 'e.md')[1]).toEqual(['Vård', '8', '9', '']);
  });
});
