import { describe, expect, it } from 'vitest';
import { formatOfContent } from '../../src/run/stdin-format.js';

const bytes = (s: string, encoding: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(s, encoding));

describe('the reader for nameless input, by its content', () => {
  it('PDF: by its header, also after a little junk', () => {
    expect(formatOfContent(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'))).toBe('.pdf');
    expect(formatOfContent(bytes('\r\n\r\n%PDF-1.4\n'))).toBe('.pdf');
  });

  it('HTML: a page, or a fragment that starts with a tag', () => {
    expect(formatOfContent(bytes('\uFEFF<!DOCTYPE html>\n<html lang="sv"><body><p>Hej</p></body></html>'))).toBe('.html');
    expect(formatOfContent(bytes('  <table>\n<tr><td>Uppsala</td><td>300</td></tr></table>'))).toBe('.html');
  });

  it('Markdown: a pipe table (with or without outer pipes) or an ATX heading', () => {
    expect(formatOfContent(bytes('Text först.\n\n| Region | Belopp |\n|:---|---:|\n| Uppsala | 300 |\n'))).toBe('.md');
    expect(formatOfContent(bytes('Län | Antal\n--- | ---\nSkåne | 12\n'))).toBe('.md');
    expect(formatOfContent(bytes('## Anslag 2019\n\nAnslaget uppgår till 4 mnkr.\n'))).toBe('.md');
  });

  it('anything else is plain text: prose, aligned columns, a line of dashes, a hash tag', () => {
    expect(formatOfContent(bytes('Regeringen beslutar att betala ut 4 500 000 kronor.\n'))).toBe('.txt');
    expect(formatOfContent(bytes('Region        Belopp\n----------    ------\nUppsala          300\n'))).toBe('.txt');
    expect(formatOfContent(bytes('#budget 2019: 4 mnkr\n<inte html\n'))).toBe('.txt');
    expect(formatOfContent(bytes('V\xe4stra G\xf6taland   4 500\n', 'latin1'))).toBe('.txt');
  });
});
