/**
 * The output format names of each command, the default first: what `--format` accepts. Kept
 * apart from the printers (formats.ts) so that a command checks its `--format` without loading
 * every printer; `extract --format json` prints on the reading threads and loads none of them.
 * formats.ts holds a printer for exactly these names (checked by the compiler and a test).
 */
export const FORMAT_NAMES = {
  extract: ['json', 'csv', 'text'],
  audit: ['text', 'json', 'sarif', 'junit', 'github', 'html'],
  explain: ['text', 'json', 'html'],
  regions: ['text', 'csv', 'json'],
} as const;

export type Command = keyof typeof FORMAT_NAMES;
export type FormatOf<C extends Command> = (typeof FORMAT_NAMES)[C][number];

/** The format names of a command, the default first. */
export function formatNames<C extends Command>(command: C): FormatOf<C>[] {
  return [...FORMAT_NAMES[command]];
}
