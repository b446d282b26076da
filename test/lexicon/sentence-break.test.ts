import { describe, expect, it } from 'vitest';
import { hasSentenceBreak } from '../../src/lexicon/sentence-break.js';

describe('hasSentenceBreak', () => {
  it('finds the end of one sentence before the next', () => {
    expect(hasSentenceBreak('Bidraget betalas ut i mars. Region Kalmar')).toBe(true);
    expect(hasSentenceBreak('Ansök senast den 1 maj! Föreningar')).toBe(true);
    expect(hasSentenceBreak('Vem får stöd? Alla')).toBe(true);
    expect(hasSentenceBreak('Därför. Region Skåne')).toBe(true);
  });
  it('reads clipped words of names as abbreviations', () => {
    expect(hasSentenceBreak('Idrottsfören. Gnistan')).toBe(false);
    expect(hasSentenceBreak('Kungl. Musikaliska akademien')).toBe(false);
    expect(hasSentenceBreak('Ek. för. Bygdegården i Ås')).toBe(false);
    expect(hasSentenceBreak('Sv. Kyrkan Lund')).toBe(false);
    expect(hasSentenceBreak('Intr. förb. Vägen')).toBe(false);
  });
  it('reads initials as no sentence end', () => {
    expect(hasSentenceBreak('K. Berg Bygg AB')).toBe(false);
    expect(hasSentenceBreak('Stiftelsen A.-M. Lind')).toBe(false);
  });
  it('needs a capital after the point', () => {
    expect(hasSentenceBreak('Stöd exkl. moms')).toBe(false);
    expect(hasSentenceBreak('Hyra m.m. för lokaler')).toBe(false);
  });
});
