import { describe, expect, it } from 'vitest';
import { stripBorderGlyphs, stripHeaderBorders } from '../../../src/layout/pdf/ocr-borders.js';

describe('cell borders that OCR read as glyphs beside the digits', () => {
  it('are stripped on either side', () => {
    expect(stripBorderGlyphs('60 670!')).toBe('60 670');
    expect(stripBorderGlyphs('41 786|')).toBe('41 786');
    expect(stripBorderGlyphs('13 919]')).toBe('13 919');
    expect(stripBorderGlyphs('| 5 000 |')).toBe('5 000');
    expect(stripBorderGlyphs('[1 250 000]')).toBe('1 250 000');
  });
  it('a closing parenthesis goes only without its opening one', () => {
    expect(stripBorderGlyphs('76 017)')).toBe('76 017');
    expect(stripBorderGlyphs('(1 234)')).toBe('(1 234)');
  });
  it('text without digits is left as it is', () => {
    expect(stripBorderGlyphs('Summa |')).toBe('Summa |');
  });
  it('rules at the ends of a header cell are stripped, the header\'s own signs kept', () => {
    expect(stripHeaderBorders('Kompetens|')).toBe('Kompetens');
    expect(stripHeaderBorders('| Belopp (tkr) ]')).toBe('Belopp (tkr)');
    expect(stripHeaderBorders('[Bidrag 2025')).toBe('Bidrag 2025');
    expect(stripHeaderBorders('Varav nya (st)')).toBe('Varav nya (st)');
    expect(stripHeaderBorders('Obs!')).toBe('Obs!');
  });
});
