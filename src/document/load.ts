import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Layout } from '../layout/types.js';
import type { Document } from '../model/document.js';
import { readHtml } from '../readers/html.js';
import { readMarkdown } from '../readers/markdown.js';
import { readPdf } from '../readers/pdf.js';
import { ReadError } from '../readers/read-error.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../readers/read-limits.js';
import { readText } from '../readers/text.js';
import { buildDocument } from './build.js';

export const EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.pdf'];

/** Text that is not text: NUL bytes or many replacement characters after UTF-8 decoding. */
function decodeText(file: string, bytes: Uint8Array): string {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new ReadError(file, 'binary content; not a text document');
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  let bad = 0;
  for (const ch of text.slice(0, 8192)) if (ch === '\uFFFD') bad++;
  if (bad > 8) throw new ReadError(file, 'binary content or unknown encoding; expected UTF-8 text');
  return text;
}

export async function readLayout(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Layout> {
  const ext = extname(file).toLowerCase();
  if (!EXTENSIONS.includes(ext)) {
    throw new ReadError(file, `unknown extension '${ext || '(none)'}'; kronkoll reads ${EXTENSIONS.join(' ')}`);
  }
  let size: number;
  try {
    // Synchronous: one document is read at a time on a worker thread, and the promise-based
    // calls cost several times as much per small file.
    const s = statSync(file);
    if (s.isDirectory()) throw new ReadError(file, 'is a directory');
    size = s.size;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(file, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`);
  }
  if (size > limits.maxBytes) throw new ReadError(file, `too large (${size} bytes; the limit is ${limits.maxBytes})`);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new ReadError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (ext === '.pdf') return readPdf(file, bytes, { maxPages: limits.maxPages, timeoutMs: limits.timeoutMs });
  const text = decodeText(file, bytes);
  if (text.trim() === '') throw new ReadError(file, 'empty document');
  if (ext === '.html' || ext === '.htm') return readHtml(file, text);
  if (ext === '.md' || ext === '.markdown') return readMarkdown(file, text);
  return readText(file, text);
}

/** Reads and interprets one file; throws ReadError with a one-line reason when it cannot. */
export async function loadDocument(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Document> {
  const layout = await readLayout(file, limits);
  const doc = buildDocument(layout);
  if (doc.tables.length === 0 && doc.sentences.length === 0) throw new ReadError(file, 'empty document; no text found');
  return doc;
}
