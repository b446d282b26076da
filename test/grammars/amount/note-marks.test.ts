import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../../grammars/amount/index.js';
import { noteMarksAsSpaces } from '../../../grammars/amount/note-marks.js';

/** Note marks right after a number in prose; sentences written for this test. */
const read = (text: string) => findAmounts(text).map((a) => [a.raw, a.value.toFixed(), a.unit]);

describe('note marks after a number in prose', () => {
  it('leave the amount its unit, in several wordings and marks', () => {
    expect(read('Regeringen fördelar 1 200³ miljoner kronor till regionerna.')).toEqual([['1 200³ miljoner kronor', '1200000000', 'SEK']]);
    expect(read('Av dem går 500⁵ miljoner kronor till skolan och 700* kr till annat.')).toEqual([
      ['500⁵ miljoner kronor', '500000000', 'SEK'],
      ['700* kr', '700', 'SEK'],
    ]);
    expect(read('Anslaget höjs med 45,5²⁾ mnkr, se not.')).toEqual([['45,5²⁾ mnkr', '45500000', 'SEK']]);
    expect(read('Bidraget är 2 500† kronor per elev.')).toEqual([['2 500† kronor', '2500', 'SEK']]);
  });

  it('keep the text the same length, so offsets hold', () => {
    const text = 'Totalt 1 200³ miljoner kronor.';
    expect(noteMarksAsSpaces(text)).toHaveLength(text.length);
    const [a] = findAmounts(text);
    expect(text.slice(a!.start, a!.end)).toBe('1 200³ miljoner kronor');
  });

  it('leave marks that do not follow a digit, or run into more text, alone', () => {
    expect(noteMarksAsSpaces('Ytan är 450 m² stor.')).toBe('Ytan är 450 m² stor.');
    expect(noteMarksAsSpaces('Tabell 2³x')).toBe('Tabell 2³x');
    expect(noteMarksAsSpaces('Summa* 300 kr')).toBe('Summa* 300 kr');
  });
});
