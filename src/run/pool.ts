import { currentLang, t } from '../messages/index.js';
import type { Source } from '../document/load.js';
import type { ReadOptions } from '../readers/read-limits.js';
import { MemoryWatch } from './memory-watch.js';
import { threadsFor, workerUrl, type PoolOptions, type Threads } from './threads.js';
import type { ReadOutcome, ReadTask, RuleSetup } from './worker.js';

export { workerExecArgv, type PoolOptions } from './threads.js';

interface Running {
  /** When the worker started the task (ms since the epoch), 0 while it waits in the queue. */
  started(): number;
  deadlineMs: number;
  abort: AbortController;
  why: 'timeout' | 'memory' | null;
}

/** How often running tasks are compared with their deadline, in ms. */
const TICK_MS = 25;

const seconds = (ms: number): string => `${ms / 1000} s`;

/**
 * Reads documents on worker threads, one document per worker at a time. The limits hold for
 * all the work on a document: at the deadline its worker is terminated; a worker whose heap
 * passes the memory limit is stopped by V8, and one that grows the process past the budget in
 * buffers (which V8 does not count) is terminated by the memory watch; either way the document gets a one-line reason and
 * the pool starts a fresh worker for the next one.
 *
 * One pool per (jobs, memory limit) lives as long as the process, so runs in one process (tests,
 * a watch loop) start their workers once; idle workers do not keep the process alive.
 */
export class ReadPool {
  /** Pools being made or made, by key: two calls at once (a prestart and the run) share one. */
  private static readonly pools = new Map<string, Promise<ReadPool>>();

  static get(options: PoolOptions): Promise<ReadPool> {
    const key = `${options.jobs}/${options.maxMemoryMb}`;
    let pool = ReadPool.pools.get(key);
    if (!pool) {
      // Loaded here, not at start-up: a run whose documents all come from the cache starts no thread.
      // Without a bundle to build first, the pool and its threads start before this returns.
      const made = (async () => {
        const url = workerUrl();
        return new ReadPool(options, url instanceof URL ? url : await url);
      })();
      ReadPool.pools.set(key, (pool = made));
      // One that could not be made is asked for afresh next time.
      made.catch(() => {
        if (ReadPool.pools.get(key) === made) ReadPool.pools.delete(key);
      });
    }
    return pool;
  }

  /** Stops every pool's workers (for a benchmark that measures start-up). */
  static async closeAll(): Promise<void> {
    const pools = [...ReadPool.pools.values()];
    ReadPool.pools.clear();
    const made = await Promise.allSettled(pools);
    await Promise.all(made.map((p) => (p.status === 'fulfilled' ? p.value.pool.destroy() : undefined)));
  }

  private readonly pool: Threads;
  private readonly maxMemoryMb: number;
  private readonly running = new Set<Running>();
  private readonly watch: MemoryWatch;
  private ticker: NodeJS.Timeout | null = null;

  private constructor(options: PoolOptions, worker: URL) {
    this.maxMemoryMb = options.maxMemoryMb;
    this.pool = threadsFor(options, worker);
    this.watch = new MemoryWatch(options.jobs, options.maxMemoryMb, () => this.stopOldest());
  }

  /**
   * Over the memory budget, the document that has run longest is stopped: documents take
   * milliseconds, so the one still running when memory climbs by hundreds of MB is the culprit.
   */
  private stopOldest(): void {
    let oldest: Running | null = null;
    for (const r of this.running) if (r.why === null && r.started() > 0 && (oldest === null || r.started() < oldest.started())) oldest = r;
    if (!oldest) return;
    oldest.why = 'memory';
    oldest.abort.abort();
  }

  /** Stops every task that has run past its deadline. */
  private tick(): void {
    const now = Date.now();
    for (const r of this.running) {
      const started = r.started();
      if (r.why === null && started > 0 && now - started >= r.deadlineMs) {
        r.why = 'timeout';
        r.abort.abort();
      }
    }
  }

  /**
   * Queues one document; many may wait at once, so a worker never idles between documents. Its
   * deadline counts from when a worker starts it (the worker writes the time into `clock`).
   * Never rejects: a document that fails for any reason comes back as `{ ok: false, reason }`.
   * `source` carries the bytes of a document that is not a file (standard input).
   */
  async read(file: string, limits: ReadOptions, setup: RuleSetup, clock: { buffer: SharedArrayBuffer; slot: number }, source?: Source, print?: ReadTask['print']): Promise<ReadOutcome> {
    const starts = new Float64Array(clock.buffer);
    starts[clock.slot] = 0;
    const task: Running = { started: () => starts[clock.slot]!, deadlineMs: limits.timeoutMs, abort: new AbortController(), why: null };
    this.running.add(task);
    this.watch.start();
    if (!this.ticker) {
      this.ticker = setInterval(() => this.tick(), TICK_MS);
      this.ticker.unref();
    }
    try {
      return await this.pool.run({ file, limits, lang: currentLang(), setup, clock, ...(source ? { source } : {}), ...(print ? { print } : {}) }, { signal: task.abort.signal });
    } catch (e) {
      if (task.why === 'timeout') return { ok: false, reason: t('input.timeout', { seconds: String(limits.timeoutMs / 1000) }) };
      if (task.why === 'memory') return { ok: false, reason: t('input.overMemory', { limit: String(this.maxMemoryMb) }) };
      const message = e instanceof Error ? e.message : String(e);
      const code = e instanceof Error && 'code' in e ? String((e as { code: unknown }).code) : '';
      if (code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory limit/i.test(message)) return { ok: false, reason: t('input.overMemory', { limit: String(this.maxMemoryMb) }) };
      return { ok: false, reason: t('input.workerStopped', { reason: message.split('\n')[0] ?? '' }) };
    } finally {
      this.running.delete(task);
      if (this.running.size === 0) {
        this.watch.stop();
        if (this.ticker) clearInterval(this.ticker);
        this.ticker = null;
      }
    }
  }
}
