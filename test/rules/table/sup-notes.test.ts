import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../../src/rules/table/column-total.js';
import { findingsOf } from '../rule-tester.js';

// 100 400 + 50 250 = 150 650: the superscript 2 is a footnote mark, not a digit of 50 250.
describe('table/column-total over cells with a footnote mark in <sup>', () => {
  it('reads the number without the mark, in an HTML table and in a Markdown one', () => {
    const html = '<table><tr><th>Region</th><th>Belopp (kr)</th></tr><tr><td>Stockholm<sup>1</sup></td><td>100 400</td></tr><tr><td>Uppsala</td><td>50 250<sup>2</sup></td></tr><tr><td>Totalt</td><td>150 650</td></tr></table>';
    const md = ['| Region | Belopp (kr) |', '|---|---|', '| Stockholm<sup>1</sup> | 100 400 |', '| Uppsala | 50 250<sup>2</sup> |', '| Totalt | 150 650 |', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'a.html', text: html }])).toEqual([]);
    expect(findingsOf(columnTotal, [{ file: 'b.md', text: md }])).toEqual([]);
  });
  it('still finds a total the numbers do not make', () => {
    const md = ['| Region | Belopp (kr) |', '|---|---|', '| Stockholm | 100 400 |', '| Uppsala | 50 250<sup>2</sup> |', '| Totalt | 150 652 |', ''].join('\n');
    expect(findingsOf(columnTotal, [{ file: 'b.md', text: md }]).map((f) => [f.severity, f.expected, f.actual])).toEqual([['error', '150652', '150650']]);
  });
});
