import { describe, expect, it } from 'vitest';
import { parseNumberWord } from '../../../grammars/amount/index.js';

describe('parseNumberWord', () => {
  it.each([
    ['en', 1], ['ett', 1], ['två', 2], ['tre', 3], ['sju', 7], ['tio', 10], ['elva', 11], ['tolv', 12],
    ['femton', 15], ['arton', 18], ['tjugo', 20], ['nittio', 90], ['hundra', 100], ['tusen', 1000],
  ])('reads %s as %i', (word, value) => {
    expect(parseNumberWord(word)).toBe(value);
  });

  it.each([
    ['tjugofem', 25], ['trettioett', 31], ['tvåhundra', 200], ['etthundratjugo', 120],
    ['tretusen', 3000], ['tjugotusen', 20000], ['ettusen', 1000], ['femhundratusen', 500000],
  ])('reads the compound %s as %i', (word, value) => {
    expect(parseNumberWord(word)).toBe(value);
  });

  it('is case-insensitive and ignores surrounding space', () => {
    expect(parseNumberWord('Två')).toBe(2);
    expect(parseNumberWord(' TOLV ')).toBe(12);
  });

  it.each(['', 'kronor', 'entré', 'tiotal', 'tvåtvå', 'tjugonoll', 'hundrahundra', 'miljon', '12'])(
    'rejects %j',
    (word) => {
      expect(parseNumberWord(word)).toBeNull();
    },
  );
});
