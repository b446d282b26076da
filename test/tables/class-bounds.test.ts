import { describe, expect, it } from 'vitest';
import { setsOutClasses } from '../../src/tables/class-bounds.js';
import { docOf } from '../rules/rule-tester.js';

/** Distribution tables: the unit beside classes of an amount is the classes'. Written for this test. */
describe('class bounds (class-bounds.ts)', () => {
  it('knows classes of an amount over counts, and leaves periods and counts of nothing alone', () => {
    expect(setsOutClasses('Antal hushåll efter inkomst (tkr) 0-99 100-199 200-299 300- Totalt')).toBe(true);
    expect(setsOutClasses('Löntagare efter månadslön, kr –19 999 20 000–24 999 25 000–29 999')).toBe(true);
    expect(setsOutClasses('Antal hushåll 2019-2020 2021-2022 2023-2024 (tkr)')).toBe(false);
    expect(setsOutClasses('Kostnad per åldersgrupp (tkr) 0-6 7-15 16-19')).toBe(false);
    expect(setsOutClasses('Antal företag (tkr) 0-99 100-199')).toBe(false);
    expect(setsOutClasses('Antal fastigheter 500-999 100-199 1000-')).toBe(false);
  });

  it('reads the counts of a tab-separated distribution table as counts, not thousands of kronor', () => {
    const text = [
      'Antal hushåll efter disponibel inkomst (tkr)',
      '',
      'Område\t0-99\t100-199\t200-299\t300-\tTotalt',
      'Norr\t120\t340\t560\t410\t1 430',
      'Söder\t90\t310\t620\t505\t1 525',
      'Väster\t75\t260\t480\t390\t1 205',
      'Hela kommunen\t285\t910\t1 660\t1 305\t4 160',
      '',
    ].join('\n');
    const t = docOf({ file: 'a.txt', text }).tables[0]!;
    expect(t.rows[0]!.cells.map((c) => c.value?.toFixed())).toEqual(['120', '340', '560', '410', '1430']);
    expect(t.rows.at(-1)!.cells.map((c) => c.value?.toFixed())).toEqual(['285', '910', '1660', '1305', '4160']);
  });

  it('does the same for a pipe table of employees by monthly pay in kronor', () => {
    const text = [
      'Löntagare efter månadslön, kr',
      '',
      '| Sektor | –24 999 | 25 000–34 999 | 35 000–44 999 | 45 000– |',
      '|---|---|---|---|---|',
      '| Kommuner | 1 200 | 8 400 | 5 100 | 900 |',
      '| Regioner | 300 | 2 900 | 3 300 | 1 400 |',
      '| Staten | 150 | 1 800 | 2 600 | 2 100 |',
      '',
    ].join('\n');
    const t = docOf({ file: 'b.md', text }).tables[0]!;
    expect(t.rows[0]!.cells.map((c) => c.value?.toFixed())).toEqual(['1200', '8400', '5100', '900']);
  });

  it('keeps the unit of a table of amounts by age group', () => {
    const text = ['Kostnad per åldersgrupp (tkr)', 'Verksamhet 0-6 7-15 16-19', 'Skola 1 200 8 400 2 100', 'Fritid 300 900 400', 'Kultur 150 600 350', ''].join('\n');
    const t = docOf({ file: 'c.txt', text }).tables[0]!;
    expect(t.rows[0]!.cells.map((c) => c.value?.toFixed())).toEqual(['1200000', '8400000', '2100000']);
  });
});
