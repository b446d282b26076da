// Option tables of the reading commands, apart from their checks: early-reads.ts parses a
// command line with them before the CLI loads the rest of itself, so they import nothing else.
import { RUN_OPTIONS } from '../run/option-table.js';

/** Options every reading command takes: limits on what one document may cost, and how PDFs are read. */
export const READ_OPTIONS = {
  'max-pages': { type: 'string' },
  timeout: { type: 'string' },
  'max-size': { type: 'string' },
  'pdf-engine': { type: 'string' },
  password: { type: 'string' },
} as const;

/** `--stdin-name NAME`: what a document read from `-` is called; its extension chooses the reader. */
export const STDIN_OPTIONS = {
  'stdin-name': { type: 'string' },
} as const;

/** `extract`'s options. */
export const EXTRACT_OPTIONS = { format: { type: 'string', short: 'f' }, ...READ_OPTIONS, ...RUN_OPTIONS, ...STDIN_OPTIONS } as const;
