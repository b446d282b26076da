import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { columnUnit, MONEY_HINT } from '../../src/tables/units.js';

/** Votes and seats are counts, also under a title about their distribution; layouts written for this test. */
const unitsOf = (file: string, text: string) => docOf({ file, text }).tables.map((t) => t.columns.map((c) => c.unit));

describe('votes and seats are counts', () => {
  it('reads a column of votes as a count, not kronor, under "Mandatfördelning" (one cell a paragraph)', () => {
    const text = ['Mandatfördelning', '', 'Parti', '', 'Röster', '', 'Mandat', '', 'S', '', '4 512', '', '17', '', 'M', '', '3 128', '', '12', '', 'C', '', '1 205', '', '5', '', 'Totalt', '', '8 845', '', '34', ''].join('\n');
    expect(unitsOf('m.txt', text)).toEqual([['count', 'count']]);
  });

  it('reads years of votes as counts under "Röstfördelning" (tab-separated)', () => {
    const text = ['Röstfördelning i valet', '', 'Parti\tRöster 2018\tRöster 2022', 'A\t1 200\t1 300', 'B\t800\t700', 'Summa\t2 000\t2 000', ''].join('\n');
    expect(unitsOf('r.txt', text)).toEqual([['count', 'count']]);
  });

  it('keeps a distribution of money a money hint', () => {
    expect(MONEY_HINT.test('Fördelning av medel till regionerna')).toBe(true);
    expect(MONEY_HINT.test('Länsvis fördelning 2024')).toBe(true);
    expect(MONEY_HINT.test('Mandatfördelning i fullmäktige')).toBe(false);
    expect(MONEY_HINT.test('Röstfördelning')).toBe(false);
  });

  it('titles of votes are counts, words that only hold the letters are not', () => {
    expect(columnUnit('Antal röster')?.unit).toBe('count');
    expect(columnUnit('Giltiga röster 2022')?.unit).toBe('count');
    expect(columnUnit('Förtidsrösterna')).toBeNull();
  });
});
