import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/document/load.js';
import { decodeText } from '../../src/readers/decode-text.js';

const SWEDISH = 'Region Jönköpings län får 12 345 kronor; Västra Götaland och Örebro – ”citat” 5 €.';

/** Windows-1252 bytes for the text above, written out by hand from the code page. */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '–': 0x96, '”': 0x94, '€': 0x80 };
  return Uint8Array.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? '\ufeff' : ''), ...text].map((c) => c.charCodeAt(0));
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[i * 2 + (bigEndian ? 0 : 1)] = u >> 8;
    out[i * 2 + (bigEndian ? 1 : 0)] = u & 0xff;
  });
  return out;
}

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(SWEDISH);
    expect(decodeText('a.txt', bytes)).toEqual({ text: SWEDISH, encoding: 'utf-8', evidence: 'utf-8' });
    expect(decodeText('a.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({ text: SWEDISH, encoding: 'utf-8', evidence: 'bom' });
  });

  it('reads UTF-16 by its byte-order mark, little- and big-endian', () => {
    expect(decodeText('a.txt', utf16(SWEDISH, false, true))).toEqual({ text: SWEDISH, encoding: 'utf-16le', evidence: 'bom' });
    expect(decodeText('a.txt', utf16(SWEDISH, true, true))).toEqual({ text: SWEDISH, encoding: 'utf-16be', evidence: 'bom' });
  });

  it('reads UTF-16 without a mark by its NUL bytes', () => {
    expect(decodeText('a.txt', utf16(SWEDISH, false, false))).toEqual({ text: SWEDISH, encoding: 'utf-16le', evidence: 'nul-pattern' });
    expect(decodeText('a.txt', utf16(SWEDISH, true, false))).toEqual({ text: SWEDISH, encoding: 'utf-16be', evidence: 'nul-pattern' });
  });

  it('reads Windows-1252 and Latin-1 where UTF-8 fails', () => {
    expect(decodeText('a.txt', cp1252(SWEDISH))).toEqual({ text: SWEDISH, encoding: 'windows-1252', evidence: 'detected' });
    const latin1 = 'Summa för Västerbotten och Gävleborg: 1 000 kr';
    expect(decodeText('a.txt', Uint8Array.from([...latin1].map((c) => c.charCodeAt(0)))).text).toBe(latin1);
  });

  it('uses the charset an HTML page declares when it is not UTF-8', () => {
    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body>${SWEDISH.slice(0, 30)}</body></html>`;
    const bytes = cp1252(page);
    expect(decodeText('a.html', bytes, { html: true })).toMatchObject({ encoding: 'windows-1252', evidence: 'declared' });
    expect(decodeText('a.html', bytes, { html: true }).text).toContain('Jönköpings');
  });

  it('refuses binary content with a one-line reason naming the file', () => {
    const bytes = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
    expect(() => decodeText('bin.txt', bytes)).toThrow(/bin\.txt.*binärt innehåll/);
  });

  it('reads a text with a few stray control characters or a byte-order mark as text', () => {
    const text = `Anslag 2020\u001b[0m\nSumma\u000b 1 200 kr\nRegion Gotland\u0001 300 kr\n`;
    const bytes = new TextEncoder().encode(text);
    expect(decodeText('a.txt', bytes).text).toBe(text);
    expect(decodeText('a.txt', Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])).text).toBe(text);
  });

  it('reads valid UTF-8 holding U+FFFD glyphs (text extracted from a PDF) as text', () => {
    const line = 'Kommunal inkomstskatt \ufffd 32,28 \ufffd för Västerbottens län \ufffd\n';
    const text = line.repeat(20);
    expect(decodeText('sfs.txt', new TextEncoder().encode(text)).text).toBe(text);
  });

  it('still refuses content without NUL that is mostly control characters or undecodable', () => {
    // Every byte value but NUL, in a fixed scramble: not UTF-8, one in eight a control character.
    const noNul = Uint8Array.from({ length: 1020 }, (_, i) => ((i * 37) % 255) + 1);
    expect(() => decodeText('x.txt', noNul)).toThrow(/x\.txt.*binärt innehåll/);
    const mostlyFffd = new TextEncoder().encode('\ufffd'.repeat(300) + 'ab');
    expect(() => decodeText('y.txt', mostlyFffd)).toThrow(/y\.txt.*binärt innehåll/);
    const nulHeavy = new TextEncoder().encode('Summa 1 200\u0000\u0000\u0000 kr');
    expect(() => decodeText('z.txt', nulHeavy)).toThrow(/z\.txt.*binärt innehåll/);
  });
});

describe('a Windows-1252 document end to end', () => {
  it('reads its table and says which encoding it assumed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kronkoll-enc-'));
    const file = join(dir, 'beslut.txt');
    const text = ['Fördelning per region', '', 'Region\tBelopp (kr)', 'Jönköping\t1 000', 'Örebro\t2 500', 'Summa\t3 500', ''].join('\n');
    writeFileSync(file, cp1252(text));
    const doc = await loadDocument(file);
    expect(doc.encoding).toBe('windows-1252');
    const table = doc.tables[0]!;
    expect(table.rows.map((r) => [r.label, r.region?.code ?? null])).toEqual([
      ['Jönköping', '06'],
      ['Örebro', '18'],
      ['Summa', null],
    ]);
  });
});
