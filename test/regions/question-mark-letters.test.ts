import { describe, expect, it } from 'vitest';
import { hasReplacementCharacter, matchRegion } from '../../src/regions/index.js';
import { questionMarksAsLost } from '../../src/regions/question-mark-letters.js';
import { docOf } from '../rules/rule-tester.js';

/** Region names copied through a character set without å, ä and ö: "?" where the letter stood. */
describe('questionMarksAsLost', () => {
  it('marks a "?" before a letter, at the start of a word or inside it, as a lost letter', () => {
    expect(questionMarksAsLost('sk?ne')).toBe('sk\ufffdne');
    expect(questionMarksAsLost('?rebro l?n')).toBe('\ufffdrebro l\ufffdn');
  });

  it('leaves a "?" that ends a word, or stands alone, as punctuation', () => {
    expect(questionMarksAsLost('vem får mest?')).toBeNull();
    expect(questionMarksAsLost('gotland ? 12')).toBeNull();
    expect(questionMarksAsLost('halland')).toBeNull();
  });
});

describe('matchRegion: "?" for a lost letter', () => {
  it.each([
    ['Sk?ne', '12', 1],
    ['?rebro l?n', '18', 2],
    ['V?stra G?taland', '14', 2],
    ['J?mtlands län', '23', 1],
  ] as const)('%s → %s, %d letter(s) lost, reported as a reading', (label, code, lost) => {
    expect(matchRegion(label)).toMatchObject({ code, distance: lost });
    expect(hasReplacementCharacter(label)).toBe(true);
  });

  it.each(['V?ster', 'Fr?ga', 'Sk?ne?land', 'Skåne?'])('%s is no region read through a lost letter', (label) => {
    expect(matchRegion(label)?.distance ?? 0).toBe(0);
  });

  it('reads the region of a list row so spelt, and says the reading is uncertain', () => {
    const names = ['Stockholm', 'Uppsala', 'S?dermanland', 'Östergötland', 'Jönköping'];
    const doc = docOf({ file: 'case.txt', text: ['Beviljade platser per län:', '', ...names.map((n, k) => `* ${n}: ${10 + k}`), ''].join('\n') });
    expect(doc.tables[0]!.rows.map((r) => r.region?.code)).toEqual(['01', '03', '04', '05', '06']);
    expect(doc.tables[0]!.rows[2]!.region?.distance).toBe(1);
  });
});
