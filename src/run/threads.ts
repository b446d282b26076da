/**
 * The reading threads of a pool, apart from the pool (pool.ts) that hands them documents: the
 * CLI starts them before it loads the rest of itself (src/cli/early-reads.ts), and this module
 * loads nothing of kronkoll, so that the threads start tens of milliseconds sooner. The pool
 * made later with the same settings takes over the threads started for it.
 */
import { createRequire } from 'node:module';
import type { Piscina } from 'piscina';
import type { ReadOutcome, ReadTask } from './worker.js';

/** Heap limit of one worker when --max-memory is not given, in MB. */
export const DEFAULT_MAX_MEMORY_MB = 2048;

export interface PoolOptions {
  /** Worker threads; documents are read on them, never on the main thread. */
  jobs: number;
  /** Heap of one worker, in MB (V8's resourceLimits); over it the worker stops. */
  maxMemoryMb: number;
}

export type Threads = Piscina<ReadTask, ReadOutcome>;

/** The worker module for how kronkoll runs: the bundle, the compiled tree, or the TypeScript sources (bundled on the fly). */
export function workerUrl(): URL | Promise<URL> {
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

/** Threads started ahead of their pool, by the pool's settings, until the pool takes them. */
const ahead = new Map<string, Threads>();

const keyOf = (options: PoolOptions): string => `${options.jobs}/${options.maxMemoryMb}`;

function start(options: PoolOptions, worker: URL): Threads {
  const PiscinaClass = piscina();
  const threads: Threads = new PiscinaClass({
    filename: worker.href,
    minThreads: options.jobs,
    maxThreads: options.jobs,
    concurrentTasksPerWorker: 1,
    idleTimeout: 60_000,
    execArgv: workerExecArgv(),
    resourceLimits: { maxOldGenerationSizeMb: options.maxMemoryMb },
  });
  // A worker that dies with no task on it (a limit hit while starting) has no promise to reject.
  threads.on('error', () => undefined);
  return threads;
}

/**
 * Starts a pool's threads before the pool is made, when the worker's module is known without
 * building it (the bundle, the compiled tree): they load their modules meanwhile. Returns
 * whether threads for these settings are started (now or before).
 */
export function startAhead(options: PoolOptions, worker: URL | Promise<URL> = workerUrl()): boolean {
  const key = keyOf(options);
  if (ahead.has(key)) return true;
  if (!(worker instanceof URL)) return false;
  ahead.set(key, start(options, worker));
  return true;
}

/** How many pools' threads are started and not yet taken by their pool. */
export function threadsAhead(): number {
  return ahead.size;
}

/** The threads for a pool: those started ahead for its settings, or new ones. */
export function threadsFor(options: PoolOptions, worker: URL): Threads {
  const key = keyOf(options);
  const early = ahead.get(key);
  ahead.delete(key);
  return early ?? start(options, worker);
}
