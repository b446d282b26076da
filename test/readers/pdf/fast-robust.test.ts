import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPageContent } from '../../../src/readers/pdf/fast/content.js';
import { FastPdf } from '../../../src/readers/pdf/fast/document.js';
import { PdfFile } from '../../../src/readers/pdf/fast/file.js';
import { FontCache } from '../../../src/readers/pdf/fast/fonts.js';
import { Unsupported } from '../../../src/readers/pdf/fast/syntax.js';

/** The fast path on damaged input: it reads, or it declines with Unsupported; nothing else. */
const onlyUnsupported = (f: () => unknown) => {
  try {
    f();
  } catch (err) {
    if (!(err instanceof Unsupported)) throw err;
  }
};

const base = new Uint8Array(readFileSync('corpus/pdf/001.chromium.pdf'));
const readAll = (bytes: Uint8Array) => {
  const doc = new FastPdf(bytes);
  for (let n = 1; n <= doc.numPages; n++) doc.page(n);
};

describe('fast path on damaged files', () => {
  it('flipped bytes, cut files: a result or Unsupported, never a crash', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.option(fc.nat(base.length)), (flips, cut) => {
        const bytes = base.slice(0, cut ?? base.length);
        for (const [at, v] of flips) if (at < bytes.length) bytes[at] = v;
        onlyUnsupported(() => readAll(bytes));
      }),
      { numRuns: 300, seed: 4242 },
    );
  });

  it('damaged content streams: a result or Unsupported, never a crash or a hang', () => {
    const file = new PdfFile(base);
    const doc = new FastPdf(base);
    const page = doc.pages[0]!;
    const contents = file.resolve(page.dict.get('Contents'));
    const content = file.streamData(contents as Parameters<PdfFile['streamData']>[0]);
    const tokens = ['BT', 'ET', 'q', 'Q', 'Tf', 'TJ', 'Tj', '[', ']', '(', ')', '<', '>', '<<', '>>', '/F4', '1e308', '-', 'Do', 'BI', 'ID', 'EI', 're', 'cm', 'Tm', '0 0 0 0 0 0 cm'];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(content.length), fc.constantFrom(...tokens)), { minLength: 1, maxLength: 6 }), (edits) => {
        let text = Buffer.from(content).toString('latin1');
        for (const [at, tok] of edits) text = `${text.slice(0, at)} ${tok} ${text.slice(at)}`;
        const t = Date.now();
        onlyUnsupported(() => readPageContent(file, new FontCache(file), new Uint8Array(Buffer.from(text, 'latin1')), page.resources, page.view));
        expect(Date.now() - t).toBeLessThan(2000);
      }),
      { numRuns: 300, seed: 4242 },
    );
  });

  it('deeply nested forms, huge operand lists and long strings are bounded', () => {
    const file = new PdfFile(base);
    const doc = new FastPdf(base);
    const page = doc.pages[0]!;
    const run = (s: string) => onlyUnsupported(() => readPageContent(file, new FontCache(file), new TextEncoder().encode(s), page.resources, page.view));
    run('1 '.repeat(100_000) + 'cm');
    run('q '.repeat(100_000));
    run(`BT /F4 10 Tf (${'a'.repeat(1 << 20)}) Tj ET`);
    run('['.repeat(10_000));
  });
});
