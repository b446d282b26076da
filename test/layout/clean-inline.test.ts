import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanInline } from '../../src/layout/clean-inline.js';

describe('cleanInline', () => {
  it('strips <b> and keeps the source column of every character (seed 002 total row)', () => {
    const c = cleanInline('<b>10 557 682</b>');
    expect(c.text).toBe('10 557 682');
    expect(c.bold).toBe(true);
    expect(c.columns[0]).toBe(4);
    expect(c.columns[c.columns.length - 1]).toBe(13);
  });

  it('unescapes Markdown escapes (seed 004 "hälso\\- och")', () => {
    expect(cleanInline('hälso\\- och sjukvården 2023\\.').text).toBe('hälso- och sjukvården 2023.');
  });

  it('drops *emphasis* and **bold** marks but keeps a footnote asterisk', () => {
    expect(cleanInline('i enlighet med *bilagan*.').text).toBe('i enlighet med bilagan.');
    expect(cleanInline('**Totalt**').bold).toBe(true);
    expect(cleanInline('Antal insatser* per län').text).toBe('Antal insatser* per län');
  });

  it('decodes entities, NBSP stays NBSP', () => {
    expect(cleanInline('1&nbsp;000 &amp; 2&#160;000').text).toBe('1\u00a0000 & 2\u00a0000');
  });

  it('drops trailing hard-break spaces', () => {
    expect(cleanInline('Kammarkollegiet  ').text).toBe('Kammarkollegiet');
  });
});

describe('the fast path for lines without markup', () => {
  it('gives what the character walk gives (the walk forced by a bold pair that holds nothing)', () => {
    const noMarkup = fc.string({ unit: fc.constantFrom('a', 'Ö', ' ', '\t', '1', ':', '–', '\u00a0', '\u202f', 'é', '😀', '.', '(', ')') , maxLength: 60 });
    fc.assert(
      fc.property(noMarkup, fc.integer({ min: 1, max: 40 }), (raw, start) => {
        expect(cleanInline(raw, start)).toEqual(cleanInline(`${raw}****`, start));
      }),
    );
  });
});

describe('footnote marks in <sup>', () => {
  it('sets a numbered mark as superscripts, each kept at its source column', () => {
    // "50 250<sup>2</sup>": the 2 stands at column 12.
    const c = cleanInline('50 250<sup>2</sup>');
    expect(c.text).toBe('50 250²');
    expect(c.columns).toEqual([1, 2, 3, 4, 5, 6, 12]);
    expect(cleanInline('Stockholm<sup>(1)</sup> län').text).toBe('Stockholm⁽¹⁾ län');
  });
  it('sets another mark apart from a digit before it, and leaves one after a word as written', () => {
    expect(cleanInline('1 200<sup>*</sup>').text).toBe('1 200 *');
    expect(cleanInline('Summa<sup>a</sup>').text).toBe('Summaa');
    expect(cleanInline('x<sup></sup>1').text).toBe('x1');
  });
});
