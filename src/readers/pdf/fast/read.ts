import { availableParallelism } from 'node:os';
import type { PageData } from '../../../layout/pdf/types.js';
import { FastPdf } from './document.js';
import { runThread } from '../thread.js';
import { ReadError } from '../../read-error.js';

/** Below this many pages a second thread cannot pay for its start (about 50 ms). */
const THREAD_MIN_PAGES = 48;

/**
 * Reads every page on the fast path; with `threads` ≥ 2 the later half on a second thread,
 * to which the main thread hands the fonts it parsed (they are not parsed twice).
 * Returns null when the file needs pdfjs (Unsupported, or any other failure of our parser).
 */
export async function readFastPages(file: string, bytes: Uint8Array, maxPages: number, deadline: number, overdue: () => ReadError, cleanups: (() => unknown)[], threads = 1): Promise<{ count: number; pages: PageData[] } | null> {
  if (Date.now() > deadline) throw overdue();
  try {
    const doc = new FastPdf(bytes);
    const count = doc.numPages;
    if (count > maxPages) throw new ReadError(file, `${count} pages; the limit is ${maxPages}`);
    const split = threads >= 2 && count >= THREAD_MIN_PAGES && availableParallelism() >= 2 ? Math.ceil(count / 2) : count;
    let rest: Promise<PageData[]> | null = null;
    if (split < count) {
      const fonts = doc.fontsFor(split + 1, count);
      rest = runThread<PageData[]>('fast/worker', { bytes, from: split + 1, to: count, deadline, fonts }, cleanups);
      // Handled below; a rejection must not go unhandled while this thread is busy.
      rest.catch(() => undefined);
    }
    // Content is inflated here, synchronously: measured on 180 pages, all of it takes about
    // 15 ms, while inflating on libuv's threads (a zlib stream and promise per page) cost this
    // thread several times that.
    const pages: PageData[] = [];
    for (let n = 1; n <= split; n++) {
      if (Date.now() > deadline) throw overdue();
      pages.push(doc.page(n));
    }
    if (rest) pages.push(...(await rest));
    return { count, pages };
  } catch (err) {
    if (err instanceof ReadError) throw err;
    if (err instanceof Error && err.message === 'timeout') throw overdue();
    return null;
  }
}
