/**
 * The content-stream lexer reads text arrays (`[(Wo) 120 (rd)] TJ`) into reused fields rather
 * than objects; any other array is read as objects. Both must give what the object reader gives.
 */
import { describe, expect, it } from 'vitest';
import { Lexer, PdfName, PdfString, TOKEN } from '../../../src/readers/pdf/fast/syntax.js';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('flat text arrays', () => {
  it('reads numbers, literal and hex strings into the flat fields, with the operator after', () => {
    const lex = new Lexer(bytes('[(Wo) -120.5 <4142> 3 (a\\)b)]TJ'));
    expect(lex.token()).toBe(TOKEN.arr);
    expect(lex.arrLen).toBe(5);
    expect([...lex.arrKinds.subarray(0, 5)]).toEqual([TOKEN.str, TOKEN.num, TOKEN.str, TOKEN.num, TOKEN.str]);
    expect(lex.arrStrs.slice(0, 5).filter((_, k) => lex.arrKinds[k] === TOKEN.str)).toEqual(['Wo', 'AB', 'a)b']);
    expect(lex.arrNums[1]).toBe(-120.5);
    expect(lex.arrNums[3]).toBe(3);
    expect(lex.token()).toBe(TOKEN.op);
    expect(lex.op!.op).toBe('TJ');
  });

  it('gives the same values as the object reader, element for element', () => {
    const text = '[ (x) 12 <00410042> -7.25 () 0 (\\101\\n) ]';
    const flat = new Lexer(bytes(text));
    expect(flat.token()).toBe(TOKEN.arr);
    expect(flat.flatArrayObjects()).toEqual(new Lexer(bytes(text)).next());
  });

  it('reads arrays with names, nesting or references as objects, from the start', () => {
    for (const text of ['[/Pattern 1]', '[(a) [1 2]]', '[1 0 R]', '[true 1]', '[<</A 1>>]']) {
      const lex = new Lexer(bytes(text));
      expect(lex.token(), text).toBe(TOKEN.obj);
      expect(lex.obj, text).toEqual(new Lexer(bytes(text)).next());
    }
    const named = new Lexer(bytes('[/Pattern 1]'));
    named.token();
    expect(named.obj).toEqual([new PdfName('Pattern'), 1]);
  });

  it('reads every array as objects when the caller still holds a flat one', () => {
    const lex = new Lexer(bytes('[(a) 1]'));
    lex.flatArrays = false;
    expect(lex.token()).toBe(TOKEN.obj);
    expect(lex.obj).toEqual([new PdfString('a'), 1]);
  });

  it('grows past its first size and fails as the object reader does on a damaged array', () => {
    const many = `[${Array.from({ length: 300 }, (_, k) => `(${k}) ${k}`).join(' ')}]`;
    const lex = new Lexer(bytes(many));
    expect(lex.token()).toBe(TOKEN.arr);
    expect(lex.arrLen).toBe(600);
    expect(lex.flatArrayObjects()).toEqual(new Lexer(bytes(many)).next());
    expect(() => new Lexer(bytes('[(a) 1')).token()).toThrow(/unterminated array/);
    expect(() => new Lexer(bytes('[(a 1]')).token()).toThrow(/unterminated string/);
  });
});
