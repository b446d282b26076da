import { describe, expect, it } from 'vitest';
import { MONEY_HINT } from '../../src/tables/units.js';

/** "Medel" is funds; as the first part of an average it names no money. Examples written for this test. */
describe('money words in a table without a unit', () => {
  it('takes "medel" for funds but not for an average', () => {
    expect(MONEY_HINT.test('Fördelade medel per län')).toBe(true);
    expect(MONEY_HINT.test('Projektmedel 2021')).toBe(true);
    expect(MONEY_HINT.test('Medelfel, procent')).toBe(false);
    expect(MONEY_HINT.test('Medel fel')).toBe(false);
    expect(MONEY_HINT.test('per 1 000 av medel- folkmängden')).toBe(false);
    expect(MONEY_HINT.test('Medelvärde och medeltal')).toBe(false);
    expect(MONEY_HINT.test('Medelålder')).toBe(false);
  });
});
