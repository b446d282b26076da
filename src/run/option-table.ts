// The reading run's options, apart from their checks (options.ts): the CLI parses them before it
// loads the rest of itself, to start the reading threads (src/cli/early-reads.ts).

/** Options of the reading run, for every command that reads documents. */
export const RUN_OPTIONS = {
  jobs: { type: 'string', short: 'j' },
  'max-memory': { type: 'string' },
  'no-progress': { type: 'boolean' },
} as const;

/** A whole number above zero as given on the command line ("2"), or null for anything else. */
export function positiveWhole(value: string): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
}
