import { describe, expect, it } from 'vitest';
import { hasSentenceBreak } from '../../src/lexicon/sentence-break.js';
import { docOf } from '../rules/rule-tester.js';

/** Abbreviated words in bodies' names inside a row's label (lexicon/sentence-break.ts); wordings written for this test. */
const rowsOf = (text: string) => docOf({ text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('abbreviations in a row label', () => {
  it('tells an abbreviation’s stop from a sentence’s end', () => {
    expect(hasSentenceBreak('Fören. Ekbackens bygdegård')).toBe(false);
    expect(hasSentenceBreak('Sv. kyrkan V. Ryd')).toBe(false);
    expect(hasSentenceBreak('Bidraget betalas ut. Nämnden')).toBe(true);
    expect(hasSentenceBreak('Vad gäller? Nämnden')).toBe(true);
  });

  it('reads a grant list with "Fören." among its names', () => {
    const text = ['Bidrag till bygdegårdar', '', 'Ekbackens bygdegårdsförening 12 000', 'Fören. Lunda folkets hus 8 500', 'Norrby byalag 4 000', 'Tallåsens hembygdsgård 6 000'].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Ekbackens bygdegårdsförening', '12000'],
        ['Fören. Lunda folkets hus', '8500'],
        ['Norrby byalag', '4000'],
        ['Tallåsens hembygdsgård', '6000'],
      ],
    ]);
  });

  it('reads a parish list with "Sv." and a point of the compass', () => {
    const text = ['Fördelning av kyrkoantikvarisk ersättning, kronor', '', 'Sv. kyrkan Ö. Ryd 45 000', 'Mörby församling 30 500', 'S:t Olofs församling 12 250'].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Sv. kyrkan Ö. Ryd', '45000'],
        ['Mörby församling', '30500'],
        ['S:t Olofs församling', '12250'],
      ],
    ]);
  });
});
