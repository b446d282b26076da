/**
 * Tabs in a source line become spaces up to the next stop, so the caret line
 * (which has no tabs) lines up with what is printed above it.
 */
export const TAB_WIDTH = 4;

/** Display column (0-based) of the character at `index` once tabs are expanded. */
export function displayColumn(raw: string, index: number): number {
  let col = 0;
  const end = Math.min(index, raw.length);
  for (let i = 0; i < end; i++) {
    col += raw[i] === '\t' ? TAB_WIDTH - (col % TAB_WIDTH) : 1;
  }
  // Past the end of the line (a column just after the last character) counts on in single steps.
  return col + Math.max(0, index - raw.length);
}

export function expandTabs(raw: string): string {
  let out = '';
  for (const ch of raw) {
    out += ch === '\t' ? ' '.repeat(TAB_WIDTH - (out.length % TAB_WIDTH)) : ch;
  }
  return out;
}
