/**
 * The first thing the CLI does (bin/kronkoll.js, before it loads the rest of itself): for an
 * `extract` of documents, start the reading threads, so that they start up while this thread
 * loads the messages, decimal.js and the commands. The pool made later for the same settings
 * takes them over (src/run/threads.ts). Anything this cannot tell for certain (a folder to walk,
 * an option it cannot read) leaves the start to the command, which also reports what is wrong.
 * Kept to modules that load nothing else of kronkoll: loading them is on the threads' way.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { positiveWhole } from '../run/option-table.js';
import { DEFAULT_MAX_MEMORY_MB, startAhead } from '../run/threads.js';
import { EXTRACT_OPTIONS } from './option-tables.js';

export { tierLater } from './jit-tiering.js';

/** Whether every path names a document, not a folder to walk (`-` is standard input). */
export function documentsOnly(paths: readonly string[]): boolean {
  return paths.length > 0 && paths.every((p) => p === '-' || statSync(p, { throwIfNoEntry: false })?.isDirectory() === false);
}

/** The command line without `--lang` (main.ts reads it, anywhere on the line). */
function withoutLang(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') i++;
    else if (!argv[i]!.startsWith('--lang=')) out.push(argv[i]!);
  }
  return out;
}

/**
 * The settings of the pool `extract` will read with (as read-all.ts's prestartReads and readAll
 * make them), or null where the command line is not a plain `extract` of documents.
 */
export function extractPool(argv: readonly string[]): { jobs: number; maxMemoryMb: number } | null {
  const [command, ...args] = withoutLang(argv);
  if (command !== 'extract' || args.includes('--help') || args.includes('-h')) return null;
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: EXTRACT_OPTIONS });
  } catch {
    return null;
  }
  const { values, positionals } = parsed;
  if (!documentsOnly(positionals)) return null;
  const jobs = values.jobs === undefined ? availableParallelism() : positiveWhole(values.jobs);
  const maxMemoryMb = values['max-memory'] === undefined ? DEFAULT_MAX_MEMORY_MB : positiveWhole(values['max-memory']);
  if (jobs === null || maxMemoryMb === null) return null;
  return { jobs: Math.max(1, Math.min(jobs, positionals.length)), maxMemoryMb };
}

/**
 * Starts the reading threads for this command line, when it is a plain `extract` of documents
 * and the worker's module is known without building it (`worker`: the one to start instead);
 * whether it did.
 */
export function startReadsEarly(argv: readonly string[], worker?: URL): boolean {
  try {
    const pool = extractPool(argv);
    return pool !== null && startAhead(pool, worker);
  } catch {
    // A path that cannot be looked at (no permission): the command says so.
    return false;
  }
}
