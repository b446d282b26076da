import { Piscina } from 'piscina';
import type { ReadLimits } from '../readers/read-limits.js';
import type { ReadOutcome, ReadTask, WorkerSetup } from './worker.js';

export interface PoolOptions {
  /** Worker threads; documents are read on them, never on the main thread. */
  jobs: number;
  /** Heap of one worker, in MB (V8's resourceLimits); over it the worker stops. */
  maxMemoryMb: number;
  setup: WorkerSetup;
}

/** The worker module for how kronkoll runs: the bundle, the compiled tree, or the TypeScript sources. */
function workerUrl(): URL {
  const here = import.meta.url;
  if (here.includes('/dist/bundle/')) return new URL('./read-worker.mjs', here);
  if (here.endsWith('.ts')) return new URL('./worker-source.mjs', here);
  return new URL('./worker.js', here);
}

const seconds = (ms: number): string => `${ms / 1000} s`;

/**
 * Reads documents on worker threads, one document per worker at a time. The limits hold for
 * all the work on a document: at the deadline its worker is terminated, and a worker whose heap
 * passes the memory limit is stopped by V8; either way the document gets a one-line reason and
 * the pool starts a fresh worker for the next one.
 */
export class ReadPool {
  private readonly pool: Piscina<ReadTask, ReadOutcome>;
  private readonly maxMemoryMb: number;

  constructor(options: PoolOptions) {
    this.maxMemoryMb = options.maxMemoryMb;
    this.pool = new Piscina({
      filename: workerUrl().href,
      minThreads: options.jobs,
      maxThreads: options.jobs,
      concurrentTasksPerWorker: 1,
      idleTimeout: 60_000,
      workerData: options.setup,
      resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
    });
    // A worker that dies with no task on it (a limit hit while starting) has no promise to reject.
    this.pool.on('error', () => undefined);
  }

  /** Never rejects: a document that fails for any reason comes back as `{ ok: false, reason }`. */
  async read(file: string, limits: ReadLimits): Promise<ReadOutcome> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
    try {
      return await this.pool.run({ file, limits }, { signal: abort.signal });
    } catch (e) {
      if (abort.signal.aborted) return { ok: false, reason: `timeout after ${seconds(limits.timeoutMs)}` };
      const message = e instanceof Error ? e.message : String(e);
      const code = e instanceof Error && 'code' in e ? String((e as { code: unknown }).code) : '';
      if (code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory limit/i.test(message)) return { ok: false, reason: `over the memory limit of ${this.maxMemoryMb} MB` };
      return { ok: false, reason: `could not be read (worker stopped: ${message.split('\n')[0]})` };
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
