import { parentPort, workerData } from 'node:worker_threads';
import type { PageData } from '../../../layout/pdf/types.js';
import { FastPdf } from './document.js';
import type { FastFont } from './fonts.js';

/** Worker thread entry for the fast path: its page range, with the fonts the main thread parsed. */
const { bytes, from, to, deadline, fonts } = workerData as { bytes: Uint8Array; from: number; to: number; deadline: number; fonts: [number, FastFont][] };
try {
  const doc = new FastPdf(bytes, fonts);
  const pages: PageData[] = [];
  for (let n = from; n <= to; n++) {
    if (Date.now() > deadline) throw new Error('timeout');
    pages.push(doc.page(n));
  }
  parentPort?.postMessage({ ok: true, result: pages });
} catch (err) {
  parentPort?.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) });
}
