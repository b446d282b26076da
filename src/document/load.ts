import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Layout } from '../layout/types.js';
import type { Document } from '../model/document.js';
import { ReadError } from '../readers/read-error.js';
import { DEFAULT_LIMITS, type ReadOptions } from '../readers/read-limits.js';
import { buildDocument } from './build.js';
import { Decimal } from 'decimal.js';
import { num, t } from '../messages/index.js';
import { EXTENSIONS, readerFor, textDecoder } from './readers.js';

/** Bytes that come from elsewhere than a file (standard input), with the extension that chooses their reader. */
export interface Source {
  bytes: Uint8Array;
  ext: string;
}

export async function readLayout(file: string, limits: ReadOptions = DEFAULT_LIMITS, source?: Source): Promise<Layout> {
  if (source) return layoutOf(file, source.ext, source.bytes, limits);
  const ext = extname(file).toLowerCase();
  if (!readerFor(ext)) throw new ReadError(file, t('input.extension', { ext: ext || '(–)', known: EXTENSIONS.join(' ') }));
  let size: number;
  try {
    // Synchronous: one document is read at a time on a worker thread, and the promise-based
    // calls cost several times as much per small file.
    const s = statSync(file);
    if (s.isDirectory()) throw new ReadError(file, t('input.directory'));
    size = s.size;
  } catch (e) {
    if (e instanceof ReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReadError(file, code === 'ENOENT' ? t('input.noSuchFile') : t('input.cannotRead', { code: code ?? '?' }));
  }
  if (size > limits.maxBytes) throw new ReadError(file, t('input.tooLarge', { size: num(new Decimal(size)), limit: num(new Decimal(limits.maxBytes)) }));
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new ReadError(file, t('input.cannotRead', { code: (e as NodeJS.ErrnoException).code ?? '?' }));
  }
  return layoutOf(file, ext, bytes, limits);
}

/** The layout of a document's bytes, by the reader of `ext`. */
async function layoutOf(file: string, ext: string, bytes: Uint8Array, limits: ReadOptions): Promise<Layout> {
  const reader = readerFor(ext);
  if (!reader) throw new ReadError(file, t('input.extension', { ext: ext || '(–)', known: EXTENSIONS.join(' ') }));
  if ('bytes' in reader) {
    const read = await reader.bytes();
    return withStack(file, () => read(file, bytes, limits));
  }
  const decodeText = await textDecoder();
  const { text, encoding } = decodeText(file, bytes, { html: reader.html === true });
  if (text.trim() === '') throw new ReadError(file, t('input.empty'));
  const read = await reader.text();
  return withStack(file, () => ({ ...read(file, text), encoding }));
}

/**
 * A document nested deeper than the call stack reaches (HTML 20 000 elements deep: the
 * Markdown and HTML tree builders recurse) is unreadable, said in one line, not a crash.
 */
async function withStack<T>(file: string, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw new ReadError(file, t('input.tooDeep'));
    throw e;
  }
}

/** Reads and interprets one file; throws ReadError with a one-line reason when it cannot. */
export async function loadDocument(file: string, limits: ReadOptions = DEFAULT_LIMITS, source?: Source): Promise<Document> {
  const layout = await readLayout(file, limits, source);
  const doc = await withStack(file, () => buildDocument(layout));
  if (doc.tables.length === 0 && doc.sentences.length === 0) throw new ReadError(file, t('input.emptyNoText'));
  return doc;
}
