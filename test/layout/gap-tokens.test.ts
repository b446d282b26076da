import { describe, expect, it } from 'vitest';
import { gapTokens } from '../../src/layout/gap-tokens.js';

/** Words of a line and the gaps before them, on lines written for this test. */
describe('gapTokens', () => {
  it('marks the words that stand after a tab or a wide gap, not after one space', () => {
    expect(gapTokens('Skola  1 200\t900').map((t) => [t.text, t.from, t.hard])).toEqual([
      ['Skola', 0, false],
      ['1', 7, true],
      ['200', 9, false],
      ['900', 13, true],
    ]);
  });

  it('joins a lone footnote mark to the figure before it only when asked', () => {
    expect(gapTokens('Vård 46 164 *').map((t) => t.text)).toEqual(['Vård', '46', '164', '*']);
    expect(gapTokens('Vård 46 164 *', true).map((t) => [t.text, t.to])).toEqual([
      ['Vård', 4],
      ['46', 7],
      ['164*', 13],
    ]);
    // After a word the mark stays a word of its own.
    expect(gapTokens('Vård * 12', true).map((t) => t.text)).toEqual(['Vård', '*', '12']);
  });
});
