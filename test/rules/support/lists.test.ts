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

/**
 * A total stated in a sentence with no colon right above the list ("Totalt satsas 90 miljoner
 * kronor."): the items are read as its parts, a reading, so a mismatch warns. Written for this test.
 */
describe('a total above a list without a colon', () => {
  const listSums = (text: string) => findingsOf(sum, text).filter((f) => /listans/.test(f.message));

  it('warns when the items miss the total, bullets run on into one line', () => {
    const text = ['Totalt satsar kommunen 90 miljoner kronor på idrotten.', '', '* 40 miljoner går till hallar. * 25 miljoner går till planer.', '* 15 miljoner går till föreningar.', ''].join('\n');
    // 40 + 25 + 15 = 80, not 90.
    const f = listSums(text);
    expect(f.map((x) => [x.severity, x.actual, x.expected])).toEqual([['warning', '80000000', '90000000']]);
    expect(f[0]!.message).toMatch(/utan kolon/);
  });

  it('says nothing when the items make the total, one bullet a line, "Sammanlagt"', () => {
    const text = ['Sammanlagt fördelar regionen 12,5 miljoner kronor i år.', '', '• Kultur 4,5 miljoner kronor.', '• Idrott 5 miljoner kronor.', '• Friluftsliv 3 miljoner kronor.', ''].join('\n');
    expect(listSums(text)).toEqual([]);
  });

  it('never makes an error of it, however far off', () => {
    const text = ['Sammanlagt fördelar regionen 50 miljoner kronor i år.', '', '• Kultur 4,5 miljoner kronor.', '• Idrott 5 miljoner kronor.', ''].join('\n');
    expect(listSums(text).map((x) => x.severity)).toEqual(['warning']);
  });
});
