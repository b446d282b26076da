import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Layout } from '../../../src/layout/types.js';
import { MAX_NESTED_READS } from '../../../src/readers/pdf/fast/budget.js';
import { readPdf } from '../../../src/readers/pdf/index.js';
import { openPdf } from '../../../src/readers/pdf/pdfjs/extract.js';
import { ReadError } from '../../../src/readers/read-error.js';
import { buildPdf, show, textPdf } from './build-pdf.js';
import { flateBombPdf } from '../../run/bomb.js';
import { setLang } from '../../../src/messages/index.js';

// The reasons are asserted in English (the catalogue's --lang en); test/setup/language.ts resets it after.
beforeEach(() => setLang('en'));

const fail = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as ReadError);
const texts = (l: Layout) => l.blocks.flatMap((b) => (b.kind === 'text' ? b.lines.map((x) => x.text) : b.rows.map((r) => r.cells.map((c) => c.text).join(' | '))));
const hasQpdf = spawnSync('sh', ['-c', 'command -v qpdf']).status === 0;

describe('objects nested across reads', () => {
  /** Each stream's /Length is the next object, itself a stream: 20 000 reads deep, enough to overflow the stack unbounded. */
  function chain(depth: number): Uint8Array {
    const content = `BT /F1 12 Tf 72 700 Td ${show('Hej')} ET`;
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      `<< /Length 6 0 R >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ];
    for (let k = 6; k < 6 + depth; k++) objects.push(`<< /Length ${k + 1} 0 R >>\nstream\n\nendstream`);
    objects.push(String(content.length));
    return buildPdf(objects);
  }

  it('fast: declined with the reason, no stack overflow', async () => {
    const err = await fail(readPdf('chain.pdf', chain(20_000), { engine: 'fast' }));
    expect(err).toBeInstanceOf(ReadError);
    expect(err!.reason).toBe(`not readable by the fast reader (technical reason: "objects nested more than ${MAX_NESTED_READS} reads deep")`);
  });

  it('auto: the fast reader’s reason is kept when pdfjs cannot read the file either', async () => {
    const err = await fail(readPdf('chain.pdf', chain(20_000)));
    expect(err!.reason).toMatch(new RegExp(`\\(the fast reader: "objects nested more than ${MAX_NESTED_READS} reads deep"\\)$`));
  });

  it('a chain within the bound is followed to its end (where a /Length that is a stream is declined)', async () => {
    const layout = await readPdf('chain.pdf', chain(10));
    expect(layout.pdf).toMatchObject({ engine: 'pdfjs', fallback: 'stream length does not reach endstream' });
    expect(texts(layout)).toEqual(['Hej']);
  });
});

describe('a Flate bomb stops the reading, not only the memory watch', () => {
  it('a content stream inflating to 100 MB: one line naming the bound, at once, without trying pdfjs (which would inflate it all)', async () => {
    const t0 = performance.now();
    for (const engine of ['auto', 'fast'] as const) {
      const err = await fail(readPdf('bomb.pdf', new Uint8Array(flateBombPdf(100)), { engine }));
      expect(err).toBeInstanceOf(ReadError);
      expect(err!.reason).toBe('compressed data inflates to more than 64 MB (a Flate bomb?); not read');
    }
    // Inflating stops at the bound: far less than pdfjs takes to inflate 100 MB.
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a stream under the bound (60 MB of spaces) is inflated and read: the page has no text', async () => {
    const err = await fail(readPdf('spaces.pdf', new Uint8Array(flateBombPdf(60)), { engine: 'fast' }));
    expect(err!.reason).toBe('no text layer; OCR is not supported');
  });
});

describe('deadline inside the fast reader', () => {
  it('stops a page of 1.4 million operators in the interpreter, not after it', async () => {
    const ops = 'q Q '.repeat(700_000);
    const bytes = textPdf([`BT /F1 12 Tf 72 700 Td ${show('Start')} ET ${ops}`]);
    const t = performance.now();
    const err = await fail(readPdf('ops.pdf', bytes, { engine: 'fast', timeoutMs: 20 }));
    const ms = performance.now() - t;
    expect(err?.reason).toBe('took longer than 0.02 s; stopped');
    // Reading it whole takes several times longer on the same machine.
    const whole = performance.now();
    await readPdf('ops.pdf', bytes, { engine: 'fast' });
    expect(ms).toBeLessThan(performance.now() - whole);
  });

  it.skipIf(!hasQpdf)('stops a long document (216 pages) within the limit, fast and auto alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kronkoll-'));
    const inputs = Array.from({ length: 12 }, () => readdirSync('corpus/pdf').filter((f) => f.endsWith('.pdf')).map((f) => join('corpus/pdf', f))).flat();
    const big = join(dir, 'big.pdf');
    expect(spawnSync('qpdf', ['--empty', '--pages', ...inputs, '--', big]).status).toBe(0);
    const bytes = new Uint8Array(readFileSync(big));
    for (const engine of ['fast', 'auto'] as const) {
      const t = performance.now();
      const err = await fail(readPdf(big, bytes, { engine, timeoutMs: 50 }));
      expect(err?.reason).toBe('took longer than 0.05 s; stopped');
      expect(performance.now() - t).toBeLessThan(1000);
    }
  }, 30_000);
});

describe.skipIf(!hasQpdf)('--password', { timeout: 30_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'kronkoll-'));
  const locked = join(dir, 'locked.pdf');
  spawnSync('qpdf', ['--encrypt', 'hemligt', 'ägare', '256', '--', 'corpus/pdf/001.lo.pdf', locked]);

  it('opens an AES-256 file with the user password: the same text as the unencrypted print', async () => {
    const plain = await readPdf('x.pdf', new Uint8Array(readFileSync('corpus/pdf/001.lo.pdf')), { engine: 'pdfjs' });
    const open = await readPdf('x.pdf', new Uint8Array(readFileSync(locked)), { password: 'hemligt' });
    expect(open.pdf).toMatchObject({ engine: 'pdfjs', fallback: 'encrypted' });
    expect(open.blocks).toEqual(plain.blocks);
  });

  it('no password, a wrong one: one line each', async () => {
    const bytes = new Uint8Array(readFileSync(locked));
    expect((await fail(readPdf('locked.pdf', bytes)))?.message).toBe('locked.pdf: encrypted; no password given (--password)');
    expect((await fail(readPdf('locked.pdf', bytes, { password: 'fel' })))?.message).toBe('locked.pdf: encrypted; the password given is not right');
  });
});

describe('pdfjs gets its bundled CMaps from the installed package', { timeout: 30_000 }, () => {
  /** A non-embedded CJK font with a predefined CMap: text only through the UCS-2 CMap files. */
  const bytes = buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length 43 >>\nstream\nBT /F1 12 Tf 72 700 Td <0048006500670020004B> Tj ET\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiMin-W3 /Encoding /UniJIS-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiMin-W3 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /HeiseiMin-W3 /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>',
  ]);

  it('without them pdfjs gets no text from it; with them (as kronkoll opens it) it does', async () => {
    const bare = await getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    const without = await (await bare.getPage(1)).getTextContent();
    expect(without.items.map((i) => ('str' in i ? i.str : '')).join('')).toBe('');
    await bare.destroy();
    const task = openPdf(bytes.slice());
    const doc = await task.promise;
    const withCMaps = await (await doc.getPage(1)).getTextContent();
    expect(withCMaps.items.map((i) => ('str' in i ? i.str : '')).join('')).toBe('Heg K');
    await task.destroy();
    const layout = await readPdf('cjk.pdf', bytes);
    expect(layout.pdf?.engine).toBe('pdfjs');
    expect(texts(layout)).toEqual(['Heg K']);
  });
});
