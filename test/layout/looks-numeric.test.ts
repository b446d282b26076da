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
