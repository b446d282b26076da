import { extname } from 'node:path';
import { Decimal } from 'decimal.js';
import { num, t } from '../messages/index.js';
import { formatOfContent } from './stdin-format.js';

/** The name a document read from standard input goes by when --stdin-name does not give one. */
export const STDIN_NAME = '<stdin>';

/** A document from standard input: its bytes and the extension of the reader that takes them, or why it could not be read. */
export type StdinDocument = { name: string; bytes: Uint8Array; ext: string } | { name: string; reason: string };

/**
 * Reads standard input whole, as one document named `name`. The size limit holds while reading:
 * past `maxBytes` it stops reading (the writer gets a closed pipe) and the document is one
 * reason. A name with an extension chooses the reader as a file's would; a name without one
 * (the default `<stdin>`) leaves the choice to the content.
 */
export async function readStdin(input: AsyncIterable<Uint8Array | string>, name: string, maxBytes: number): Promise<StdinDocument> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.byteLength;
    // Breaking out of the loop destroys the stream: nothing more is read.
    if (size > maxBytes) return { name, reason: t('input.stdinTooLarge', { limit: num(new Decimal(maxBytes)) }) };
    chunks.push(bytes);
  }
  const bytes = new Uint8Array(Buffer.concat(chunks, size));
  const ext = extname(name).toLowerCase();
  return { name, bytes, ext: ext !== '' && name !== STDIN_NAME ? ext : formatOfContent(bytes) };
}
