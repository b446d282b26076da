import { describe, expect, it } from 'vitest';
import { sum } from '../../../src/rules/text/sum.js';
import { leadLists } from '../../../src/rules/support/lists.js';
import { docOf, findingsOf } from '../rule-tester.js';

/**
 * A list's lead is the sentence right before it; a table between them takes that sentence as its
 * own caption (a note's title over its figures), so the list is not the sentence's. Written for this test.
 */
const listCount = (text: string) => findingsOf(sum, text).filter((f) => /punkter/.test(f.message));

describe('lead sentences of lists (lists.ts)', () => {
  it('pairs a counting sentence with the list right under it', () => {
    const text = ['Satsningen omfattar tre områden:', '', '* Skolan', '* Vården', ''].join('\n');
    expect(leadLists(docOf({ text }))).toHaveLength(1);
    expect(listCount(text).map((f) => f.severity)).toEqual(['error']);
  });

  it('does not pair a note title over its table with a list further down', () => {
    const text = ['Not 3 Avskrivningar', 'Byggnader 12,0 11,5', 'Inventarier 4,5 4,1', 'Summa 16,5 15,6', '', '* Avskrivningarna följer planen.', ''].join('\n');
    expect(leadLists(docOf({ text }))).toEqual([]);
    expect(listCount(text)).toEqual([]);
  });

  it('does not pair a counting sentence with a list when a table stands between them', () => {
    const text = ['Kostnaderna fördelas på fyra poster:', '', 'Post      2023    2022', 'Hyra       410     390', 'El          95      80', 'Städning    60      55', '', '* Summan avser hela året.', ''].join('\n');
    expect(docOf({ text }).tables).toHaveLength(1);
    expect(leadLists(docOf({ text }))).toEqual([]);
    expect(listCount(text)).toEqual([]);
  });
});
