import { describe, expect, it } from 'vitest';
import { headingWords } from '../../src/layout/heading-note.js';

describe('a note closing a section heading', () => {
  it('leaves the heading its words, whatever form the note takes', () => {
    expect(headingWords('Norra regionen1)')).toBe('Norra regionen');
    expect(headingWords('Norra regionen 2)')).toBe('Norra regionen');
    expect(headingWords('Södra Sverige¹')).toBe('Södra Sverige');
    expect(headingWords('Mellersta delen*')).toBe('Mellersta delen');
    expect(headingWords('Norra regionen (se not 1)')).toBe('Norra regionen');
    expect(headingWords('Investeringar (not 3, 4)')).toBe('Investeringar');
    expect(headingWords('Övriga kommuner2')).toBe('Övriga kommuner');
  });

  it('keeps a heading without a note, and a figure that is no note, whole', () => {
    expect(headingWords('Norra regionen')).toBe('Norra regionen');
    expect(headingWords('Ålder 65')).toBe('Ålder 65');
    expect(headingWords('Åk 1')).toBe('Åk 1');
    expect(headingWords('Budget 2024')).toBe('Budget 2024');
    expect(headingWords('Företag (10–49)')).toBe('Företag (10–49)');
  });
});
