import type { PageData } from '../../../layout/pdf/types.js';
import { t } from '../../../messages/index.js';
import { ReadError } from '../../read-error.js';
import { Budget } from './budget.js';
import { FastPdf } from './document.js';
import { InflateLimit } from './file.js';
import { Unsupported } from './syntax.js';

export type FastResult = { ok: true; count: number; pages: PageData[] } | { ok: false; reason: string };

/**
 * Reads every page on the fast path, synchronously, checking the deadline as it goes.
 * Declines (ok: false, with the reason) on its own Unsupported signal only, and on a stack
 * overflow, which is recorded as a reason rather than swallowed; any other exception is a bug
 * and propagates.
 */
export function readFastPages(file: string, bytes: Uint8Array, maxPages: number, deadline: number): FastResult {
  try {
    const doc = new FastPdf(bytes, new Budget(deadline));
    const count = doc.numPages;
    if (count > maxPages) throw new ReadError(file, t('input.pdfTooManyPages', { count: String(count), limit: String(maxPages) }));
    // Content is inflated here, synchronously: measured on 180 pages, all of it takes about
    // 15 ms, while inflating on libuv's threads (a zlib stream and promise per page) cost this
    // thread several times that.
    const pages: PageData[] = [];
    for (let n = 1; n <= count; n++) pages.push(doc.page(n));
    return { ok: true, count, pages };
  } catch (err) {
    if (err instanceof Unsupported) return { ok: false, reason: oneLine(err.message) };
    if (err instanceof InflateLimit) throw new ReadError(file, t('input.pdfInflateLimit', { limit: String(err.limitMb) }));
    if (err instanceof RangeError && /call stack/i.test(err.message)) return { ok: false, reason: 'stack overflow' };
    throw err;
  }
}

/** A reason fit for one line of output: printable, and short (a token quoted from a damaged file can be long). */
function oneLine(s: string): string {
  const clean = s.replace(/[^\x20-\x7e\u00a0-\u024f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
