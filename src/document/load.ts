import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Layout } from '../layout/types.js';
import type { Document } from '../model/document.js';
import { decodeText } from '../readers/decode-text.js';
import { ReadError } from '../readers/read-error.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../readers/read-limits.js';
import { buildDocument } from './build.js';
import { EXTENSIONS, readerFor } from './readers.js';

export async function readLayout(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Layout> {
  const ext = extname(file).toLowerCase();
  const reader = readerFor(ext);
  if (!reader) {
    throw new ReadError(file, `unknown extension '${ext || '(none)'}'; kronkoll reads ${EXTENSIONS.join(' ')}`);
  }
  let size: number;
  try {
    const s = await stat(file);
    if (s.isDirectory()) throw new ReadError(file, 'is a directory');
    size = s.size;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(file, code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`);
  }
  if (size > limits.maxBytes) throw new ReadError(file, `too large (${size} bytes; the limit is ${limits.maxBytes})`);
  const bytes = new Uint8Array(await readFile(file));
  if ('bytes' in reader) return withStack(file, () => reader.bytes(file, bytes, limits));
  const { text, encoding } = decodeText(file, bytes, { html: reader.html === true });
  if (text.trim() === '') throw new ReadError(file, 'empty document');
  return withStack(file, () => ({ ...reader.text(file, text), encoding }));
}

/**
 * A document nested deeper than the call stack reaches (HTML 20 000 elements deep: the
 * Markdown and HTML tree builders recurse) is unreadable, said in one line, not a crash.
 */
async function withStack<T>(file: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new ReadError(file, 'nested too deeply to read (the reader ran out of stack)');
    throw e;
  }
}

/** Reads and interprets one file; throws ReadError with a one-line reason when it cannot. */
export async function loadDocument(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<Document> {
  const layout = await readLayout(file, limits);
  const doc = await withStack(file, () => buildDocument(layout));
  if (doc.tables.length === 0 && doc.sentences.length === 0) throw new ReadError(file, 'empty document; no text found');
  return doc;
}
