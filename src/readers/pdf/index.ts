import { availableParallelism } from 'node:os';
import { assemble } from '../../layout/pdf/assemble.js';
import type { PageData } from '../../layout/pdf/types.js';
import type { Layout } from '../../layout/types.js';
import type { Problem } from '../../model/document.js';
import { readFastPages } from './fast/read.js';
import type { PageRangeResult } from './pdfjs/pages.js';
import { runThread } from './thread.js';
import { ReadError } from '../read-error.js';

export interface PdfOptions {
  maxPages?: number;
  timeoutMs?: number;
  /**
   * Threads to read pages on. Default 1: measured on 2 shared cores, a second thread cost more
   * than it saved, for pdfjs (its own copy of the document and fonts) and for the fast path
   * (each thread warms up the JIT on its own; 180 pages take about 0.8 ms each once warm).
   */
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
      const overdue = () => new ReadError(file, `took longer than ${timeoutMs / 1000} s; stopped`);
      const fast = await Promise.race([readFastPages(file, bytes, maxPages, deadline, overdue, cleanups, options.workers), timeout]);
      if (fast) return toLayout(file, fast.count, fast.pages, []);
      if (engine === 'fast') failFast(file);
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
  const [{ openPdf }, { readRange }] = await Promise.all([import('./pdfjs/extract.js'), import('./pdfjs/pages.js')]);
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

/** Runs a page range with pdfjs on a worker thread (it opens its own copy of the document). */
function inWorker(bytes: Uint8Array, from: number, to: number, deadline: number, cleanups: (() => unknown)[]): Promise<PageRangeResult> {
  return runThread<PageRangeResult>('pdfjs/worker', { bytes: bytes.slice(), from, to, deadline }, cleanups);
}
