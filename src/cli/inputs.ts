import { t } from '../messages/index.js';
import { readStdin, STDIN_NAME, type StdinDocument } from '../run/stdin.js';
import type { Io } from './io.js';
import { UsageError } from './usage-error.js';
import { expandPaths, type IgnoreOptions } from './walk.js';

export { STDIN_OPTIONS } from './option-tables.js';

export interface Inputs {
  /** The documents in command-line order; standard input by its name where `-` was given. */
  files: string[];
  stdin: (StdinDocument & { index: number }) | null;
}

/**
 * The paths of a command line expanded to documents, and standard input read when one of them
 * is `-` (as cat and ESLint take it). It is read here, whole and within --max-size, and goes to
 * a worker as bytes, so the other limits hold for it as for a file.
 */
export async function inputsOf(positionals: string[], values: { 'stdin-name'?: string }, maxBytes: number, io: Io, ignore?: IgnoreOptions): Promise<Inputs> {
  const dashes = positionals.filter((p) => p === '-').length;
  if (dashes > 1) throw new UsageError(t('usage.stdinTwice'));
  if (dashes === 0) return { files: await expandPaths(positionals, ignore), stdin: null };
  // `-` is no path (not even when a file of that name exists): the paths either side are walked.
  const at = positionals.indexOf('-');
  const before = await expandPaths(positionals.slice(0, at), ignore);
  const name = values['stdin-name'] ?? STDIN_NAME;
  const files = [...before, name, ...(await expandPaths(positionals.slice(at + 1), ignore))];
  const index = before.length;
  const doc = await readStdin(io.stdin ?? process.stdin, name, maxBytes);
  return { files, stdin: { ...doc, index } };
}
