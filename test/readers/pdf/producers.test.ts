import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/document/load.js';
import type { Layout } from '../../../src/layout/types.js';
import { readPdf } from '../../../src/readers/pdf/index.js';

/**
 * Seed 001 printed by each producer (test/fixtures/pdf/producers/make.sh): every word of the
 * source is read, as text, a table cell or a line dropped as furniture, and nothing else is
 * added but the running head and page numbers; the region table comes out row by row as in
 * the source. Which reader reads each producer is recorded here (and in the README).
 */
const SEED = 'corpus/pdf/src/001.html';
const DIR = 'test/fixtures/pdf/producers';
const PRODUCERS: { file: string; engine: 'fast' | 'pdfjs'; fallback?: RegExp; ocr?: boolean }[] = [
  { file: 'corpus/pdf/001.lo.pdf', engine: 'fast' },
  { file: 'corpus/pdf/001.chromium.pdf', engine: 'fast' },
  { file: `${DIR}/docx.pdf`, engine: 'fast' },
  { file: `${DIR}/qpdf.pdf`, engine: 'fast' },
  { file: `${DIR}/mutool.pdf`, engine: 'fast' },
  { file: `${DIR}/rotated.pdf`, engine: 'fast' },
  { file: `${DIR}/pdftex.pdf`, engine: 'fast' },
  { file: `${DIR}/gs.pdf`, engine: 'pdfjs', fallback: /ToUnicode/ },
  { file: `${DIR}/ocr.pdf`, engine: 'fast', ocr: true },
];

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
/** The seed's body text: no style, no LibreOffice-only header and footer. */
function sourceText(): string {
  const html = readFileSync(SEED, 'utf8');
  const body = html.slice(html.indexOf('<body>')).replace(/<div title="(header|footer)" class="lo">.*?<\/div>/gs, '');
  return decode(body.replace(/<\/(p|h1|h2|td|th|tr)>/g, '\n').replace(/<\/?(b|i)>/g, '').replace(/<[^>]+>/g, ' '));
}
/** The seed's region table: [label, value] per row, header first. */
function sourceRows(): string[][] {
  const html = readFileSync(SEED, 'utf8');
  return [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/g)].map((c) => decode(c[1]!.replace(/<[^>]+>/g, '')).replace(/[\u00a0\u202f]/g, ' ')));
}

const words = (s: string) => s.replace(/[\u00a0\u202f\u2009]/g, ' ').split(/\s+/).filter((w) => w !== '');
function count(ws: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of ws) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}
/** Words of `a` not matched by words of `b`, with multiplicity. */
function minus(a: string[], b: string[]): string[] {
  const left = count(b);
  const out: string[] = [];
  for (const w of a) {
    const n = left.get(w) ?? 0;
    if (n > 0) left.set(w, n - 1);
    else out.push(w);
  }
  return out;
}
function readText(layout: Layout): string[] {
  const parts: string[] = [];
  for (const b of layout.blocks) {
    if (b.kind === 'text') parts.push(...b.lines.map((l) => l.text));
    else parts.push(...b.rows.flatMap((r) => r.cells.map((c) => c.text)));
  }
  parts.push(...(layout.pdf?.furniture ?? []).map((f) => f.text));
  return parts;
}

describe.each(PRODUCERS)('$file', { timeout: 30_000 }, ({ file, engine, fallback, ocr }) => {
  it(`is read by ${engine}${fallback ? ` (the fast reader declines: ${fallback.source})` : ''}`, async () => {
    const layout = await readPdf(file, new Uint8Array(readFileSync(file)));
    expect(layout.pdf?.engine).toBe(engine);
    if (fallback) expect(layout.pdf?.fallback).toMatch(fallback);
    else expect(layout.pdf?.fallback).toBeNull();
  });

  it.skipIf(ocr)('every word of the source is read; nothing added but running head and page numbers', async () => {
    const layout = await readPdf(file, new Uint8Array(readFileSync(file)));
    const read = words(readText(layout).join('\n'));
    const source = words(sourceText());
    expect(minus(source, read)).toEqual([]);
    expect(minus(read, source).filter((w) => !/^(Socialdepartementet|\(?\d\)?)$/.test(w))).toEqual([]);
  });

  it.skipIf(!ocr)('OCR: the table page as printed, character for character (spaces aside)', async () => {
    const layout = await readPdf(file, new Uint8Array(readFileSync(file)));
    const squash = (s: string) => s.replace(/\s+/g, '');
    const read = squash(readText(layout).join(''));
    // Page 3 of the print: the letterhead repeated, the lead-in, the caption and the table.
    const html = sourceText();
    const from = html.lastIndexOf('Socialdepartementet');
    const page = squash(html.slice(from));
    expect(squash(read).length).toBeGreaterThan(0);
    for (const w of words(html.slice(from))) expect(read).toContain(squash(w));
    if (read.length > page.length + 'Socialdepartementet3(3)'.length) expect(read).toBe(page);
  });

  it.skipIf(ocr)('the region table, row by row as in the source', async () => {
    const doc = await loadDocument(file);
    const table = doc.tables.find((t) => t.rows.length >= 20)!;
    expect(table).toBeDefined();
    const rows = sourceRows().slice(1);
    expect(table.rows.map((r) => r.label)).toEqual(rows.map((r) => r[0]));
    expect(table.rows.map((r) => r.cells.map((c) => c.value?.toString() ?? null))).toEqual(rows.map((r) => [r[1]!.replace(/ /g, '')]));
  });
});
