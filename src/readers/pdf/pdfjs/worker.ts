import { parentPort, workerData } from 'node:worker_threads';
import { readRangeFromBytes } from './pages.js';

/** Worker thread entry: reads its page range and posts the plain page data back. */
const { bytes, from, to, deadline } = workerData as { bytes: Uint8Array; from: number; to: number; deadline: number };
readRangeFromBytes(bytes, from, to, deadline).then(
  (result) => parentPort?.postMessage({ ok: true, result }),
  (err: unknown) => parentPort?.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }),
);
