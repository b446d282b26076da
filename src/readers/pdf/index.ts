import { assemble } from '../../layout/pdf/assemble.js';
import { furnitureOf } from '../../layout/pdf/furniture.js';
import type { PageData } from '../../layout/pdf/types.js';
import type { Layout } from '../../layout/types.js';
import type { PdfReading, Problem } from '../../model/document.js';
import { t } from '../../messages/index.js';
import { ReadError } from '../read-error.js';
import { readFastPages } from './fast/read.js';
import { Overdue } from './overdue.js';
import type { PageRangeResult } from './pdfjs/pages.js';

export type PdfEngine = 'auto' | 'fast' | 'pdfjs';

export interface PdfOptions {
  maxPages?: number;
  timeoutMs?: number;
  /**
   * 'auto': the own (fast) reader, pdfjs when the fast reader declines (the reason is kept);
   * 'fast': the own reader only, its reason for declining is the read error; 'pdfjs': pdfjs only.
   */
  engine?: PdfEngine;
  /** For encrypted PDFs (user or owner password); only pdfjs decrypts. */
  password?: string;
}

const DEFAULT_MAX_PAGES = 2000;
const DEFAULT_TIMEOUT_MS = 60_000;

/** Reads a PDF's text layer into a Layout: lines, paragraphs and tables with page and box. */
export async function readPdf(file: string, bytes: Uint8Array, options: PdfOptions = {}): Promise<Layout> {
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + timeoutMs;
  const overdue = () => new ReadError(file, t('input.timeout', { seconds: String(timeoutMs / 1000) }));
  let timer: NodeJS.Timeout | undefined;
  const cleanups: (() => unknown)[] = [];
  let fallback: string | null = null;
  try {
    const engine = options.engine ?? 'auto';
    if (engine !== 'pdfjs') {
      // Synchronous: the deadline is checked inside the interpreter, font loading and object reads.
      const fast = readFastPages(file, bytes, maxPages, deadline);
      if (fast.ok) return toLayout(file, fast.count, fast.pages, [], { engine: 'fast', fallback: null });
      if (engine === 'fast') throw new ReadError(file, t('input.pdfFastDeclined', { reason: fast.reason }));
      fallback = fast.reason;
    }
    // pdfjs yields between its steps, so a timer can stop it; pages also check the deadline.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(overdue()), Math.max(0, deadline - Date.now()));
    });
    return await Promise.race([read(file, bytes, maxPages, deadline, options.password, cleanups, fallback), timeout]);
  } catch (err) {
    if (err instanceof Overdue) throw overdue();
    const timedOut = err instanceof ReadError && err.reason === overdue().reason;
    const e = err instanceof ReadError ? err : new ReadError(file, reason(err, options.password !== undefined));
    // pdfjs failed where the fast reader had declined: say why it declined too.
    const passwordAsked = err instanceof Error && err.name === 'PasswordException';
    if (fallback !== null && !passwordAsked && e.file === file && !timedOut) throw new ReadError(file, t('input.pdfBothFailed', { reason: e.reason, fallback }));
    throw e;
  } finally {
    clearTimeout(timer);
    for (const c of cleanups) await Promise.resolve(c()).catch(() => undefined);
  }
}

function reason(err: unknown, withPassword: boolean): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return withPassword ? t('input.pdfWrongPassword') : t('input.pdfEncrypted');
  if (name === 'InvalidPDFException') return t('input.pdfUnreadable', { reason: message });
  return t('input.other', { reason: message.split('\n')[0] ?? '' });
}

/** Pages as read to the document's layout (exported for the phase timings of test/bench/pdf.ts). */
export function toLayout(file: string, count: number, pages: PageData[], lost: PageRangeResult['lost'], reading: Omit<PdfReading, 'furniture'>): Layout {
  if (pages.length === 0) throw new ReadError(file, t('input.pdfDamaged', { count: String(count) }));
  if (pages.every((p) => p.empty)) throw new ReadError(file, t('input.pdfNoText'));
  const { blocks, problems } = assemble(file, pages);
  const lostProblems: Problem[] = lost.map((l) => ({ message: t('page.lost', { page: String(l.page), reason: l.reason }), location: { file, page: l.page } }));
  const furniture = furnitureOf(pages).map((l) => ({ page: l.page, text: l.text }));
  return {
    file,
    format: 'pdf',
    blocks,
    lines: [],
    pages: count,
    lostPages: lost.map((l) => l.page),
    problems: [...lostProblems, ...problems],
    pdf: { ...reading, furniture },
  };
}

async function read(file: string, bytes: Uint8Array, maxPages: number, deadline: number, password: string | undefined, cleanups: (() => unknown)[], fallback: string | null): Promise<Layout> {
  // pdfjs is loaded only when needed: most files never reach it.
  const [{ openPdf }, { readRange }] = await Promise.all([import('./pdfjs/extract.js'), import('./pdfjs/pages.js')]);
  // pdfjs takes ownership of the buffer it is given; keep the caller's bytes intact.
  const task = openPdf(bytes.slice(), password);
  cleanups.push(() => task.destroy());
  const doc = await task.promise;
  const count = doc.numPages;
  if (count > maxPages) throw new ReadError(file, t('input.pdfTooManyPages', { count: String(count), limit: String(maxPages) }));
  const { pages, lost } = await readRange(doc, 1, count, deadline);
  return toLayout(file, count, pages, lost, { engine: 'pdfjs', fallback });
}
