import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import type { Document } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { DEFAULT_LIMITS, type ReadOptions } from '../readers/read-limits.js';
import type { InputError } from '../report/types.js';
import { absolutePaths } from './absolute.js';
import { ReadCache, sha256, type StoredDocument } from './cache.js';
import { ReadPool } from './pool.js';
import { DEFAULT_MAX_MEMORY_MB } from './threads.js';
import { Progress, type ProgressStream } from './progress.js';
import type { StdinDocument } from './stdin.js';
import { lazyDocument, rehydrateDocument, toPlainData, type PlainDocument } from './serialise.js';
import type { ReadOutcome, RuleSetup } from './worker.js';
import type { RuleContext } from '../rules/types.js';

/** Documents queued per worker: the next is there when a worker finishes, without a round trip through this thread. */
const QUEUED_PER_JOB = 8;

export { DEFAULT_MAX_MEMORY_MB } from './threads.js';

export interface ReadAllOptions {
  /** Worker threads (default: available cores). */
  jobs?: number;
  limits?: ReadOptions;
  /** --max-memory: heap limit for the work on one document, in MB. */
  maxMemoryMb?: number;
  /** Document rules to run in the workers, by id in run order, and their context; none for `extract`. */
  rules?: { ids: string[]; context: RuleContext } | null;
  /** Hits are taken from it and documents read afresh put in it; the caller saves it. */
  cache?: ReadCache | null;
  progress?: ProgressStream | null;
  /** The document read from standard input, at `index` in `files` (which holds its name there). Never cached. */
  stdin?: (StdinDocument & { index: number }) | null;
  /**
   * 'extract-json': each document comes back as its part of `extract --format json` (in
   * `printed`), not as a model in `docs`. Not with a cache, which keeps models.
   */
  print?: 'extract-json';
}

export interface ReadAllResult {
  /** Documents read, in the order of `files`. */
  docs: Document[];
  /** With `print`: the printed documents instead, in the order of `files`. */
  printed?: string[];
  /** Document-rule findings by file, for the documents in `docs`. */
  findings: Map<string, Finding[]>;
  errors: InputError[];
  /** With a cache: the sha256 of each file's bytes (undefined where none was taken), and whether every document came from the cache. */
  hashes?: (string | undefined)[];
  /** With a cache: the absolute path of each file. */
  absolute?: string[];
  allCached?: boolean;
}

/**
 * The files the rule context needs to be read for: the first, and one per folder. Pinned frames
 * are looked up from each file's folder and reference data from the first file's, so the context
 * is the same as for every file, and thousands of files cost a few lookups.
 */
export function contextFiles(files: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // Folders as written are resolved once each: thousands of files share a few folders.
  const written = new Map<string, string>();
  for (const f of files) {
    const as = dirname(f);
    let dir = written.get(as);
    if (dir === undefined) written.set(as, (dir = resolve(as)));
    if (out.length === 0 || !seen.has(dir)) out.push(f);
    seen.add(dir);
  }
  return out;
}

/** The rules and context as every task carries them (plain data, with a key so workers rebuild them once). */
function ruleSetup(rules: ReadAllOptions['rules']): RuleSetup {
  if (!rules || rules.ids.length === 0) return { key: 'none', ruleIds: [], context: null };
  const context = toPlainData(rules.context);
  return { key: sha256(new TextEncoder().encode(JSON.stringify([rules.ids, context]))), ruleIds: rules.ids, context };
}

type Slot = { doc: PlainDocument; findings: Finding[] } | { stored: StoredDocument; findings: Finding[] } | { printed: string; findings: Finding[] } | { reason: string };

/** Runs `work` over 0‥n-1 with at most `width` at a time. */
async function each(n: number, width: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < n) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(width, n)) }, lane));
}

/**
 * Starts the threads that `readAll` of `documents` documents with these options will use, so
 * that they load their modules while the caller still walks paths and loads printers. Nothing
 * is read; a failure to start shows when `readAll` asks for the same pool.
 */
export function prestartReads(documents: number, options: Pick<ReadAllOptions, 'jobs' | 'maxMemoryMb'> = {}): void {
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  ReadPool.get({ jobs: Math.min(jobs, Math.max(1, documents)), maxMemoryMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB }).catch(() => undefined);
}

/**
 * Reads every file on worker threads (cached ones from the cache), with the limits holding for
 * each whole document; a file that cannot be read becomes one line in `errors` and the rest go
 * on. The result is the same, in the same order, whatever the number of jobs.
 */
export async function readAll(files: readonly string[], options: ReadAllOptions = {}): Promise<ReadAllResult> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const jobs = Math.max(1, Math.floor(options.jobs ?? availableParallelism()));
  const cache = options.cache ?? null;
  if (cache && options.print) throw new Error('readAll: print and cache exclude each other');
  const slots: Slot[] = new Array(files.length);
  const progress = new Progress(options.progress ?? null, files.length);
  const hashes: (string | undefined)[] = new Array(files.length);
  // The cache keys documents by absolute path.
  const absolute = cache ? absolutePaths(files) : null;
  const stats: ({ size: number; mtimeMs: number } | undefined)[] = new Array(files.length);

  const stdin = options.stdin ?? null;
  const fromStdin = (i: number): boolean => stdin !== null && i === stdin.index;
  // Standard input that could not be read (too large) is a reason before any worker sees it.
  let todo = files.map((_, i) => i).filter((i) => {
    if (!fromStdin(i) || !('reason' in stdin!)) return true;
    slots[i] = { reason: stdin.reason };
    progress.tick();
    return false;
  });
  // The cache first: hashing a file costs far less than reading it into a model.
  if (cache) {
    const missed: number[] = [];
    // Synchronous reads: for many small files they cost a fraction of the promise-based ones.
    for (const i of todo) {
      const file = files[i]!;
      if (fromStdin(i)) {
        missed.push(i);
        continue;
      }
      try {
        // Too large or not a file: the worker says why, with the same words as without a cache.
        const s = statSync(file);
        if (!s.isFile() || s.size > limits.maxBytes) {
          missed.push(i);
          continue;
        }
        // An unchanged size and time stand for unchanged bytes; otherwise the bytes are hashed.
        const stat = { size: s.size, mtimeMs: s.mtimeMs };
        stats[i] = stat;
        const known = cache.unchanged(absolute![i]!, s.size, s.mtimeMs);
        const hash = known?.hash ?? sha256(readFileSync(file));
        hashes[i] = hash;
        const hit = known ?? cache.get(absolute![i]!, hash, stat);
        if (hit === undefined) {
          missed.push(i);
          continue;
        }
        slots[i] = { stored: hit.doc, findings: hit.findings };
        progress.tick();
      } catch {
        missed.push(i);
      }
    }
    todo = missed;
  }

  if (todo.length > 0) {
    // No more threads than documents: each thread loads every module and warms up on its own,
    // so a second one for a single document costs hundreds of ms of CPU and reads nothing.
    const pool = await ReadPool.get({ jobs: Math.min(jobs, todo.length), maxMemoryMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB });
    const setup = ruleSetup(options.rules);
    // Start times of the tasks, written by the workers (one slot per task in flight).
    const width = jobs * QUEUED_PER_JOB;
    const buffer = new SharedArrayBuffer(8 * width);
    const free = Array.from({ length: width }, (_, k) => width - 1 - k);
    await each(todo.length, width, async (k) => {
      const i = todo[k]!;
      const slot = free.pop()!;
      const source = fromStdin(i) && stdin !== null && 'bytes' in stdin ? { bytes: stdin.bytes, ext: stdin.ext } : undefined;
      const outcome: ReadOutcome = await pool.read(files[i]!, limits, setup, { buffer, slot }, source, options.print);
      free.push(slot);
      if (outcome.ok && 'printed' in outcome) slots[i] = { printed: outcome.printed, findings: outcome.findings };
      else if (outcome.ok) {
        slots[i] = { doc: outcome.doc, findings: outcome.findings };
        const hash = hashes[i];
        if (cache && hash !== undefined) cache.set(absolute![i]!, { hash, ...stats[i], doc: outcome.doc, findings: outcome.findings });
      } else {
        slots[i] = { reason: outcome.reason };
      }
      progress.tick();
    });
  }
  progress.finish();

  const result: ReadAllResult = { docs: [], findings: new Map(), errors: [] };
  if (cache) {
    result.hashes = hashes;
    result.absolute = absolute!;
    result.allCached = todo.length === 0 && stdin === null;
  }
  for (let i = 0; i < files.length; i++) {
    const slot = slots[i]!;
    if ('reason' in slot) {
      result.errors.push({ file: files[i]!, reason: slot.reason });
      continue;
    }
    if ('printed' in slot) {
      (result.printed ??= []).push(slot.printed);
      result.findings.set(files[i]!, slot.findings);
      continue;
    }
    // Rebuilt in place (the cache has been written already), or field by field when read.
    const doc = 'stored' in slot ? lazyDocument(slot.stored, (key) => cache!.field(slot.stored, key)) : rehydrateDocument(slot.doc);
    result.docs.push(doc);
    result.findings.set(doc.file, slot.findings);
  }
  return result;
}
