import { describe, expect, it } from 'vitest';
import { otherSplit } from '../../src/layout/label-split.js';

/** The other reading of the value that starts at `value` in `line` (its first occurrence from the right). */
const other = (line: string, value: string): string | null => {
  const from = line.lastIndexOf(value);
  return otherSplit(line, from, from + value.length);
};

describe('otherSplit', () => {
  it("gives the value without its first digit group, which may close the label", () => {
    expect(other('4120 Etapp 14 505', '14 505')).toBe('505');
    expect(other('1.1. Varav område 2 250', '2 250')).toBe('250');
    expect(other('Avskrivningar 123 394 275,5', '123 394 275,5')).toBe('394 275,5');
  });

  it("gives the value with the label's closing number as its first group", () => {
    expect(other('Kategori 3 394', '394')).toBe('3 394');
    expect(other('Etapp 14 505 120', '505 120')).toBe('14 505 120');
  });

  it('sees no other split where the label stands apart by more than a space, or by another kind of space', () => {
    expect(other('1. Medel till regionerna  2 925', '2 925')).toBeNull();
    expect(other('Hyror 2\u00a0310', '2\u00a0310')).toBeNull();
    expect(other('Hyror\u00a02 310', '2 310')).toBeNull();
  });

  it('sees none where neither side has a number to give: one group alone after a word, a four-digit label number, a decimal after a number', () => {
    expect(other('Resor 96', '96')).toBeNull();
    expect(other('Lån 2015 394', '394')).toBeNull();
    expect(other('UO 26 47,3', '47,3')).toBeNull();
  });
});
