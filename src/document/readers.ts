import type { Layout } from '../layout/types.js';
import type { ReadOptions } from '../readers/read-limits.js';

/**
 * Every reader kronkoll has, by the file extensions it takes. A text reader gets the file
 * decoded (readers/decode-text.ts: UTF-8, UTF-16, Windows-1252; binary and empty files are
 * refused before it); a byte reader gets the
 * bytes and the read options (limits, PDF engine and password). Adding a reader is one entry here plus the reader's own file; the
 * directory walker reads its extension list from here too. A reader's module is loaded when a
 * document first needs it: a process that only walks folders or prints cached results (the main
 * thread of a cached run) loads no parser.
 */
export type ReaderEntry =
  | { extensions: readonly string[]; text: () => Promise<(file: string, text: string) => Layout>; /** The page may declare its charset. */ html?: boolean }
  | { extensions: readonly string[]; bytes: () => Promise<(file: string, bytes: Uint8Array, options: ReadOptions) => Promise<Layout>> };

/** A module's export, imported once: an import() per document costs a module-map lookup each time. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

// Each reader is loaded when a file of its kind comes: a process that reads PDFs never loads
// the Markdown and HTML parsers (unified, micromark, parse5), nor text decoding tables, and one
// that reads text never loads the PDF reader. Start-up is a large part of reading one document.
const READERS: readonly ReaderEntry[] = [
  { extensions: ['.txt', '.text'], text: once(async () => (await import('../readers/text.js')).readText) },
  { extensions: ['.md', '.markdown'], text: once(async () => (await import('../readers/markdown.js')).readMarkdown) },
  { extensions: ['.html', '.htm'], text: once(async () => (await import('../readers/html.js')).readHtml), html: true },
  {
    extensions: ['.pdf'],
    bytes: once(async () => {
      const { readPdf } = await import('../readers/pdf/index.js');
      return (file: string, bytes: Uint8Array, o: ReadOptions) => readPdf(file, bytes, { maxPages: o.maxPages, timeoutMs: o.timeoutMs, engine: o.pdfEngine, password: o.password });
    }),
  },
];

/** The text decoder (UTF-8, UTF-16, Windows-1252 with its detection), loaded with the first text document. */
export const textDecoder = once(async () => (await import('../readers/decode-text.js')).decodeText);

/** The extensions kronkoll reads, lower case with the dot, in the order of READERS. */
export const EXTENSIONS: readonly string[] = READERS.flatMap((r) => r.extensions);

/** The reader for a lower-case extension with its dot, or undefined. */
export function readerFor(ext: string): ReaderEntry | undefined {
  return READERS.find((r) => r.extensions.includes(ext));
}
