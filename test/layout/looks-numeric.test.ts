import { describe, expect, it } from 'vitest';
import { splitNote } from '../../src/layout/looks-numeric.js';

describe('a footnote letter after a value', () => {
  it('splits "12 300 a" and "45 b" into the number and the letter', () => {
    expect(splitNote('12 300 a')).toEqual({ number: '12 300', note: 'a' });
    expect(splitNote('45 b')).toEqual({ number: '45', note: 'b' });
  });

  it('leaves units, the "x" of a suppressed figure and words alone', () => {
    expect(splitNote('12 t').note).toBeNull();
    expect(splitNote('1 200 x').note).toBeNull();
    expect(splitNote('Bilaga a').note).toBeNull();
  });
});


/** Notes in parentheses after an amount with its money words, written for this test. */
describe('splitNote: a note after the amount\'s money words', () => {
  it('keeps the money words with the number and the parentheses as the note', () => {
    expect(splitNote('22,4 miljoner kronor (varav 2,1 miljoner för ambulansflyg)')).toEqual({ number: '22,4 miljoner kronor', note: '(varav 2,1 miljoner för ambulansflyg)' });
    expect(splitNote('1 450 tkr (därav 390 tkr i år)')).toEqual({ number: '1 450 tkr', note: '(därav 390 tkr i år)' });
    expect(splitNote('75 (varav 40 under 2025)')).toEqual({ number: '75', note: '(varav 40 under 2025)' });
  });
  it('takes no words but money words into the number', () => {
    expect(splitNote('22,4 personer (varav 3 barn)').note).toBeNull();
    expect(splitNote('Region Skåne (12)').note).toBeNull();
  });
});
