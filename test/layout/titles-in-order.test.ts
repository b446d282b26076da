import { describe, expect, it } from 'vitest';
import { titlesInOrder } from '../../src/layout/titles-in-order.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A header whose titles are set apart by two spaces over rows set apart the same way but not
 * aligned: tables written for this test, values checked by hand.
 */
const tablesOf = (text: string) => docOf({ file: 't.txt', text }).tables;
const titles = (text: string): string[] => tablesOf(text)[0]!.columns.map((c) => c.header.join(' '));

describe('titles over rows that are not aligned', () => {
  it('places the titles in order only when their places give no column a title of its own', () => {
    expect(titlesInOrder([-1, 0, 0, 1], 3, true)).toEqual([-1, 0, 1, 2]);
    expect(titlesInOrder([-1, 0, 1, 2], 3, true)).toBeNull();
    expect(titlesInOrder([-1, 0, 0, 1], 3, false)).toBeNull();
    expect(titlesInOrder([0, 0, 1], 3, true)).toBeNull();
  });

  it('reads each title over its column under a lead-in of two sentences', () => {
    const text = 'Kostnader per område\n\nKostnaderna ökade med 1,6 mnkr. Det beror på fler brukare.\nOmråde  Plan  Utfall  Differens\nHemtjänst  61,0  61,8  -0,8\nBoende  233,5  229,0  4,5\nLSS  98,1  97,7  0,4\nTotalt  392,6  388,5  4,1\n';
    expect(titles(text)).toEqual(['Plan', 'Utfall', 'Differens']);
    expect(tablesOf(text)[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')])[3]).toEqual(['Totalt', '392.6', '388.5', '4.1']);
  });

  it('reads each title over its column with no text above', () => {
    const text = 'Enhet  Antal platser  Beläggning  Kö\nSolgården  42  39  6\nBjörkhagen  28  28  11\nStrandvik  35  31  0\n';
    expect(titles(text)).toEqual(['Antal platser', 'Beläggning', 'Kö']);
  });
});
