import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assemble } from '../layout/pdf/assemble.js';
import type { PageData } from '../layout/pdf/types.js';
import type { Layout } from '../layout/types.js';
import type { Problem } from '../model/document.js';
import { FastPdf } from './pdf-fast.js';
import type { PageRangeResult } from './pdf-pages.js';
import { ReadError } from './read-error.js';

export interface PdfOptions {
  maxPages?: number;
  timeoutMs?: number;
  /** Threads to read pages on with pdfjs (each opens its own copy of the document). Default 1: measured on
   * 2 cores, a second pdfjs instance cost more in start-up and memory than it saved. */
  workers?: number;
  /** 'auto': the fast path, pdfjs when it does not fully understand the file. 'pdfjs': pdfjs only. */
  engine?: 'auto' | 'fast' | 'pdfjs';
}

const DEFAULT_MAX_PAGES = 2000;
const DEFAULT_TIMEOUT_MS = 60_000;
/** Below this, starting threads (each parses the document again) costs more than it saves. */
const WORKER_MIN_PAGES = 40;

/** Reads a PDF's text layer into a Layout: lines, paragraphs and tables with page and box. */
export async function readPdf(file: string, bytes: Uint8Array, options: PdfOptions = {}): Promise<Layout> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const cleanups: (() => unknown)[] = [];
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadError(file, `took longer than ${timeoutMs / 1000} s; stopped`)), timeoutMs);
  });
  try {
    const engine = options.engine ?? 'auto';
    if (engine !== 'pdfjs') {
      const fast = readFast(file, bytes, maxPages, deadline, timeoutMs);
      if (fast || engine === 'fast') return fast ?? failFast(file);
    }
    return await Promise.race([read(file, bytes, maxPages, deadline, options.workers, cleanups), timeout]);
  } catch (err) {
    if (err instanceof ReadError) throw err;
    if (err instanceof Error && err.message === 'timeout') throw new ReadError(file, `took longer than ${timeoutMs / 1000} s; stopped`);
    throw new ReadError(file, reason(err));
  } finally {
    clearTimeout(timer);
    for (const c of cleanups) await Promise.resolve(c()).catch(() => undefined);
  }
}

function reason(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return 'encrypted; no password given';
  if (name === 'InvalidPDFException') return `not a readable PDF (${message})`;
  return `could not be read (${message.split('\n')[0]})`;
}

/**
 * The fast path, synchronous: null when the file needs pdfjs (Unsupported, or any other
 * failure of our own parser, so output is never worse than pdfjs's).
 */
function readFast(file: string, bytes: Uint8Array, maxPages: number, deadline: number, timeoutMs: number): Layout | null {
  const overdue = () => new ReadError(file, `took longer than ${timeoutMs / 1000} s; stopped`);
  if (Date.now() > deadline) throw overdue();
  let pages: PageData[];
  let count: number;
  try {
    const doc = new FastPdf(bytes);
    count = doc.numPages;
    if (count > maxPages) throw new ReadError(file, `${count} pages; the limit is ${maxPages}`);
    pages = [];
    for (let n = 1; n <= count; n++) {
      if (Date.now() > deadline) throw overdue();
      pages.push(doc.page(n));
    }
  } catch (err) {
    if (err instanceof ReadError) throw err;
    return null;
  }
  return toLayout(file, count, pages, []);
}

function failFast(file: string): never {
  throw new ReadError(file, 'not readable by the fast path');
}

function toLayout(file: string, count: number, pages: PageData[], lost: PageRangeResult['lost']): Layout {
  if (pages.length === 0) throw new ReadError(file, `damaged; none of its ${count} pages could be read`);
  if (pages.every((p) => p.empty)) throw new ReadError(file, 'no text layer; OCR is not supported');
  const { blocks, problems } = assemble(file, pages);
  const lostProblems: Problem[] = lost.map((l) => ({ message: `page ${l.page} could not be read: ${l.reason}`, location: { file, page: l.page } }));
  return {
    file,
    format: 'pdf',
    blocks,
    lines: [],
    pages: count,
    lostPages: lost.map((l) => l.page),
    problems: [...lostProblems, ...problems],
  };
}

async function read(file: string, bytes: Uint8Array, maxPages: number, deadline: number, workers: number | undefined, cleanups: (() => unknown)[]): Promise<Layout> {
  // pdfjs is loaded only when needed: most files never reach it.
  const [{ openPdf }, { readRange }] = await Promise.all([import('./pdf-extract.js'), import('./pdf-pages.js')]);
  // pdfjs takes ownership of the buffer it is given; keep the caller's bytes intact.
  const task = openPdf(bytes.slice());
  cleanups.push(() => task.destroy());
  const doc = await task.promise;
  const count = doc.numPages;
  if (count > maxPages) throw new ReadError(file, `${count} pages; the limit is ${maxPages}`);
  const threads = count >= WORKER_MIN_PAGES ? Math.max(1, Math.min(workers ?? 1, availableParallelism(), count)) : 1;
  const ranges = split(count, threads);
  const results = await Promise.all(
    ranges.map(([from, to], k) => (k === 0 ? readRange(doc, from, to, deadline) : inWorker(bytes, from, to, deadline, cleanups))),
  );
  const pages: PageData[] = results.flatMap((r) => r.pages).sort((a, b) => a.page - b.page);
  const lost = results.flatMap((r) => r.lost).sort((a, b) => a.page - b.page);
  return toLayout(file, count, pages, lost);
}

function split(count: number, parts: number): [number, number][] {
  const out: [number, number][] = [];
  const size = Math.ceil(count / parts);
  for (let from = 1; from <= count; from += size) out.push([from, Math.min(count, from + size - 1)]);
  return out;
}

/** Runs a page range on a worker thread (it opens its own copy of the document). */
function inWorker(bytes: Uint8Array, from: number, to: number, deadline: number, cleanups: (() => unknown)[]): Promise<PageRangeResult> {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? './pdf-worker.ts' : './pdf-worker.js', import.meta.url);
  const workerData = { bytes: bytes.slice(), from, to, deadline };
  // Run from TypeScript sources (tests, benchmarks): register the TypeScript loader in the thread first.
  const worker = fromSource
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData })
    : new Worker(url, { workerData });
  cleanups.push(() => worker.terminate());
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { ok: true; result: PageRangeResult } | { ok: false; message: string }) => {
      if (m.ok) resolve(m.result);
      else reject(new Error(m.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`page reader thread stopped (${code})`));
    });
  });
}
