import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Ruling } from '../../../src/layout/pdf/types.js';
import { parseToUnicode } from '../../../src/readers/pdf/fast/cmap.js';
import { extractPage, openPdf } from '../../../src/readers/pdf/pdfjs/extract.js';
import { PdfFile } from '../../../src/readers/pdf/fast/file.js';
import { FastPdf } from '../../../src/readers/pdf/fast/document.js';
import { Lexer, PdfString, Unsupported } from '../../../src/readers/pdf/fast/syntax.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { ReadError } from '../../../src/readers/read-error.js';
import type { Layout } from '../../../src/layout/types.js';

const FIXTURES = [
  ...readdirSync('corpus/pdf').filter((f) => f.endsWith('.pdf')).map((f) => join('corpus/pdf', f)),
  ...readdirSync('test/fixtures/pdf').filter((f) => /\.(lo|chromium)\.pdf$/.test(f)).map((f) => join('test/fixtures/pdf', f)),
  // The producers the fast reader reads (Ghostscript's fonts without ToUnicode go to pdfjs).
  ...['docx', 'qpdf', 'mutool', 'rotated', 'ocr', 'pdftex'].map((p) => `test/fixtures/pdf/producers/${p}.pdf`),
];
const bytesOf = (f: string) => new Uint8Array(readFileSync(f));
/** pdfjs keeps path points as 32-bit floats; ours are doubles. */
const near = (a: Ruling[] | undefined, b: Ruling[] | undefined) =>
  a?.length === b?.length && (a ?? []).every((r, k) => (['x1', 'y1', 'x2', 'y2'] as const).every((c) => Math.abs(r[c] - b![k]![c]) < 0.01));

describe.each(FIXTURES)('%s: the fast path and pdfjs agree', { timeout: 30_000 }, (file) => {
  it('same blocks: every line, table cell, page and box', async () => {
    const fast = await readPdf(file, bytesOf(file), { engine: 'fast' });
    const pdfjs = await readPdf(file, bytesOf(file), { engine: 'pdfjs' });
    expect(fast.blocks.length).toBeGreaterThan(0);
    expect(fast.pdf).toMatchObject({ engine: 'fast', fallback: null });
    expect(pdfjs.pdf).toMatchObject({ engine: 'pdfjs', fallback: null });
    expect({ ...fast, pdf: fast.pdf!.furniture }).toEqual({ ...pdfjs, pdf: pdfjs.pdf!.furniture });
  });

  it('same lines and rulings page by page', async () => {
    const fast = new FastPdf(bytesOf(file));
    const task = openPdf(bytesOf(file));
    try {
      const doc = await task.promise;
      expect(fast.numPages).toBe(doc.numPages);
      for (let n = 1; n <= doc.numPages; n++) {
        const a = fast.page(n);
        const b = await extractPage(doc, n);
        expect(a.view).toEqual(b.view);
        expect(a.lines).toEqual(b.lines);
        expect(a.rulings === undefined).toBe(b.rulings === undefined);
        expect(near(a.rulings, b.rulings)).toBe(true);
      }
    } finally {
      await task.destroy();
    }
  });
});

describe('falls back to pdfjs for what it does not read', () => {
  it.each(['encrypted', 'corrupt', 'damaged'])('%s.pdf: the fast path declines, the reader still answers as before', async (name) => {
    const file = `test/fixtures/pdf/${name}.pdf`;
    const err = await readPdf(file, bytesOf(file), { engine: 'fast' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ReadError);
    expect((err as ReadError).reason).toMatch(/^kan inte läsas av den egna PDF-läsaren \(.+\)$/);
    const auto = await readPdf(file, bytesOf(file)).catch((e: unknown) => e);
    const pdfjs = await readPdf(file, bytesOf(file), { engine: 'pdfjs' }).catch((e: unknown) => e);
    const reason = (err as ReadError).reason.replace(/^kan inte läsas av den egna PDF-läsaren \(teknisk orsak: "(.+)"\)$/, '$1');
    if (auto instanceof ReadError) {
      // pdfjs fails too: its reason, and the fast reader's unless pdfjs asks for a password.
      expect(pdfjs).toBeInstanceOf(ReadError);
      const tail = name === 'encrypted' ? '' : ` (den egna läsaren: "${reason}")`;
      expect((auto as ReadError).reason).toBe(`${(pdfjs as ReadError).reason}${tail}`);
    }
    else {
      // Read by pdfjs in the fast reader's place, with the fast reader's reason recorded.
      const a = auto as Layout;
      expect(a.pdf).toMatchObject({ engine: 'pdfjs', fallback: reason });
      expect({ ...a, pdf: null }).toEqual({ ...(pdfjs as Layout), pdf: null });
    }
  });
});

describe('PDF syntax as pdfjs reads it', () => {
  it('numbers: same arithmetic as pdfjs (digits / 10^k), odd forms read as 0', () => {
    const lex = new Lexer(new TextEncoder().encode('5.9264984 -.5 --3 +7 . - 1.2.3 4e2'));
    const all: unknown[] = [];
    for (let o = lex.next(); o !== undefined; o = lex.next()) all.push(o);
    expect(all.slice(0, 6)).toEqual([59264984 / 10000000, -0.5, -3, 7, 0, 0]);
  });

  it('strings: escapes, octal, hex with odd digit count', () => {
    const lex = new Lexer(new TextEncoder().encode('(a\\(b\\)\\101\\n) <48656C6C6F2> '));
    expect((lex.next() as PdfString).bytes).toBe('a(b)A\n');
    expect((lex.next() as PdfString).bytes).toBe('Hello ');
  });

  it('ToUnicode: bfchar, bfrange with carry, bfrange with array, surrogate pairs', () => {
    const cmap = `begincmap 2 beginbfchar <0003> <0020> <0010> <D835DC00> endbfchar
      1 beginbfrange <0020> <0022> <00FE> endbfrange 1 beginbfrange <0030> <0031> [<0041> <00660069>] endbfrange endcmap`;
    const map = parseToUnicode(new TextEncoder().encode(cmap));
    expect(map.get(3)).toBe(' ');
    expect(map.get(0x10)).toBe('\u{1d400}');
    expect([map.get(0x20), map.get(0x21), map.get(0x22)]).toEqual(['\u00fe', '\u00ff', '\u0100']);
    expect([map.get(0x30), map.get(0x31)]).toEqual(['A', 'fi']);
  });

  it('usecmap and oversized ranges are Unsupported', () => {
    expect(() => parseToUnicode(new TextEncoder().encode('/Foo usecmap'))).toThrow(Unsupported);
    expect(() => parseToUnicode(new TextEncoder().encode('1 beginbfrange <00000000> <7FFFFFFF> <0041> endbfrange'))).toThrow(Unsupported);
  });

  it('bounded: deep nesting and unterminated input are Unsupported, not a crash', () => {
    expect(() => new Lexer(new TextEncoder().encode('['.repeat(1000))).next()).toThrow(Unsupported);
    expect(() => new Lexer(new TextEncoder().encode('<< /A (abc')).next()).toThrow(Unsupported);
  });
});

describe('cross-reference sections', () => {
  /** Objects and xref sections laid out as an incrementally updated file. */
  const build = (sections: { objects: [number, string][]; free?: number[] }[]) => {
    let out = '%PDF-1.4\n';
    let prev: number | null = null;
    for (const sec of sections) {
      const offsets = new Map<number, number>();
      for (const [num, body] of sec.objects) {
        offsets.set(num, out.length);
        out += `${num} 0 obj\n${body}\nendobj\n`;
      }
      const at = out.length;
      const nums = [...new Set([...offsets.keys(), ...(sec.free ?? [])])].sort((a, b) => a - b);
      out += 'xref\n';
      for (const n of nums) out += `${n} 1\n${String(offsets.get(n) ?? 0).padStart(10, '0')} 00000 ${offsets.has(n) ? 'n' : 'f'} \n`;
      out += `trailer\n<< /Size 10 /Root 1 0 R${prev === null ? '' : ` /Prev ${prev}`} >>\nstartxref\n${at}\n%%EOF\n`;
      prev = at;
    }
    return new PdfFile(new TextEncoder().encode(out));
  };

  it('the newest section wins, and an object it frees stays deleted', () => {
    const file = build([{ objects: [[1, '<< /Type /Catalog >>'], [2, '(old)'], [3, '(kept)']] }, { objects: [[2, '(new)']], free: [3] }]);
    expect((file.get(2) as PdfString).bytes).toBe('new');
    expect(file.get(3)).toBeNull();
  });
});
