import { describe, expect, it } from 'vitest';
import { isBlankToken } from '../../src/layout/blank-token.js';

describe('isBlankToken', () => {
  it.each(['..', '...', '.', '…', '-', '–', '—', '−', '<5', '<10', '<100'])('%s gives no figure on purpose', (token) => expect(isBlankToken(token)).toBe(true));
  // A figure, a held-back bound with a leading zero or four digits, a dash with a figure, a word.
  it.each(['0', '5', '<0', '<1000', '-5', '–12', '....', 'uppgift saknas', '', 'x'])('%s is not', (token) => expect(isBlankToken(token)).toBe(false));
});
