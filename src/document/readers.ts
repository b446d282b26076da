import type { Layout } from '../layout/types.js';
import { readHtml } from '../readers/html.js';
import { readMarkdown } from '../readers/markdown.js';
import { readPdf } from '../readers/pdf.js';
import type { ReadLimits } from '../readers/read-limits.js';
import { readText } from '../readers/text.js';

/**
 * Every reader kronkoll has, by the file extensions it takes. A text reader gets the file
 * decoded (readers/decode-text.ts: UTF-8, UTF-16, Windows-1252; binary and empty files are
 * refused before it); a byte reader gets the
 * bytes and the limits. Adding a reader is one entry here plus the reader's own file; the
 * directory walker reads its extension list from here too.
 */
export type ReaderEntry =
  | { extensions: readonly string[]; text: (file: string, text: string) => Layout; /** The page may declare its charset. */ html?: boolean }
  | { extensions: readonly string[]; bytes: (file: string, bytes: Uint8Array, limits: ReadLimits) => Promise<Layout> };

const READERS: readonly ReaderEntry[] = [
  { extensions: ['.txt', '.text'], text: readText },
  { extensions: ['.md', '.markdown'], text: readMarkdown },
  { extensions: ['.html', '.htm'], text: readHtml, html: true },
  { extensions: ['.pdf'], bytes: (file, bytes, limits) => readPdf(file, bytes, { maxPages: limits.maxPages, timeoutMs: limits.timeoutMs }) },
];

/** The extensions kronkoll reads, lower case with the dot, in the order of READERS. */
export const EXTENSIONS: readonly string[] = READERS.flatMap((r) => r.extensions);

/** The reader for a lower-case extension with its dot, or undefined. */
export function readerFor(ext: string): ReaderEntry | undefined {
  return READERS.find((r) => r.extensions.includes(ext));
}
