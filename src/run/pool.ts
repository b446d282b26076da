import { createRequire } from 'node:module';
import { currentLang, t } from '../messages/index.js';
import type { Piscina } from 'piscina';
import type { Source } from '../document/load.js';
import type { ReadOptions } from '../readers/read-limits.js';
import { MemoryWatch } from './memory-watch.js';
import type { ReadOutcome, ReadTask, RuleSetup } from './worker.js';

interface Running {
  /** When the worker started the task (ms since the epoch), 0 while it waits in the queue. */
  started(): number;
  deadlineMs: number;
  abort: AbortController;
  why: 'timeout' | 'memory' | null;
}

/** How often running tasks are compared with their deadline, in ms. */
const TICK_MS = 25;

export interface PoolOptions {
  /** Worker threads; documents are read on them, never on the main thread. */
  jobs: number;
  /** Heap of one worker, in MB (V8's resourceLimits); over it the worker stops. */
  maxMemoryMb: number;
}

/** The worker module for how kronkoll runs: the bundle, the compiled tree, or the TypeScript sources (bundled on the fly). */
function workerUrl(): URL | Promise<URL> {
  const here = import.meta.url;
  if (here.includes('/dist/bundle/')) return new URL('./read-worker.mjs', here);
  if (here.endsWith('.ts')) {
    return import(new URL('./worker-source.mjs', here).href).then((source: { buildWorker(): Promise<URL> }) => source.buildWorker());
  }
  return new URL('./worker.js', here);
}

/**
 * piscina, loaded synchronously (it is CommonJS): an import() here waited behind the modules
 * the main thread loads at the same time (the printers), and the read thread started tens of
 * milliseconds later.
 */
function piscina(): typeof Piscina {
  return (createRequire(import.meta.url)('piscina') as { Piscina: typeof Piscina }).Piscina;
}

/** Node options a worker may be given explicitly and that matter to it (profiling, warnings, resolution). */
const WORKER_FLAG = /^(--cpu-prof|--heap-prof|--enable-source-maps|--no-warnings|--disable-warning|--trace-warnings|--trace-uncaught|--conditions|-C$|--experimental-|--no-experimental-|--no-deprecation|--throw-deprecation)/;

/**
 * The worker's Node flags: the parent's, inherited as Node does by default, unless they hold a
 * module loader. A worker loads plain JavaScript, and a TypeScript loader inherited from a test
 * or benchmark run costs seconds per thread; then only the flags a worker accepts and needs are
 * passed on, since Node rejects an explicit list with a V8 or per-process flag in it
 * ("node --max-old-space-size=4096 kronkoll …"). Those flags hold for the whole process anyway.
 */
export function workerExecArgv(argv: readonly string[] = process.execArgv): string[] | undefined {
  const loader = (a: string): boolean => /^(--import|--require|-r|--loader|--experimental-loader)(=|$)/.test(a);
  if (!argv.some(loader)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (/^(--import|--require|-r|--loader|--experimental-loader)$/.test(a)) i++;
    else if (loader(a)) continue;
    else if (WORKER_FLAG.test(a)) {
      out.push(a);
      // A flag whose value is the next argument ("-C node", "--conditions node").
      if (/^(-C|--conditions|--cpu-prof-dir|--heap-prof-dir|--disable-warning)$/.test(a) && i + 1 < argv.length) out.push(argv[++i]!);
    }
  }
  return out;
}

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
        return new ReadPool(options, url instanceof URL ? url : await url, piscina());
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

  private readonly pool: Piscina<ReadTask, ReadOutcome>;
  private readonly maxMemoryMb: number;
  private readonly running = new Set<Running>();
  private readonly watch: MemoryWatch;
  private ticker: NodeJS.Timeout | null = null;

  private constructor(options: PoolOptions, worker: URL, PiscinaClass: typeof Piscina) {
    this.maxMemoryMb = options.maxMemoryMb;
    this.pool = new PiscinaClass({
      filename: worker.href,
      minThreads: options.jobs,
      maxThreads: options.jobs,
      concurrentTasksPerWorker: 1,
      idleTimeout: 60_000,
      execArgv: workerExecArgv(),
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
    });
    // A worker that dies with no task on it (a limit hit while starting) has no promise to reject.
    this.pool.on('error', () => undefined);
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
