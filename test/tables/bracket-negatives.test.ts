import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Figures in parentheses, written here; sums checked by hand. */
const column = (text: string, c: number, file = 'case.txt'): (string | null)[] => docOf({ file, text }).tables[0]!.rows.map((r) => r.cells[c]!.value?.toFixed() ?? null);

describe('a figure in parentheses', () => {
  it('is negative when only so do the rows add up to the total (tab-separated)', () => {
    // 30 − 5 + 20 = 45.
    const text = 'Resultat per enhet, tkr\n\nEnhet\tResultat\nNorra\t30\nSödra\t(5)\nVästra\t20\nSumma\t45\n';
    expect(column(text, 0)).toEqual(['30000', '-5000', '20000', '45000']);
    expect(docOf({ text }).tables[0]!.rows[1]!.cells[0]!.uncertain).toBe('(5)');
  });

  it('is negative in a Markdown table with a difference column', () => {
    // −12 + 12 − 12 = −12.
    const text = '| Region | Avvikelse |\n| --- | ---: |\n| Region Västmanland | -12 |\n| Region Örebro län | 12 |\n| Region Dalarna | (12) |\n| Totalt | −12 |\n';
    expect(column(text, 0, 'case.md')).toEqual(['-12', '12', '-12', '-12']);
  });

  it('stays as printed when the total holds with it positive, or leaves it out', () => {
    // 30 + 5 + 20 = 55: positive. 30 + 20 = 50: the figure is outside the sum, and not negative either.
    expect(column('Enhet\tResultat\nNorra\t30\nSödra\t(5)\nVästra\t20\nSumma\t55\n', 0)).toEqual(['30', '5', '20', '55']);
    expect(column('Enhet\tResultat\nNorra\t30\nSödra\t(5)\nVästra\t20\nSumma\t50\n', 0)).toEqual(['30', '5', '20', '50']);
  });
});
