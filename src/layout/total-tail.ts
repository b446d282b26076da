import type { SourceLine } from './source-line.js';

/**
 * A list or table of amounts may go on after its sum with adjustment rows and the amount they
 * leave ("Summa 6 500" / "Avgår tidigare beslutat −1 000" / "Totalt att betala ut 5 500"). The
 * lines right under the first total, with no blank line between, that are items naming no
 * region, belong to it when a second total closes them within MAX_TAIL lines; otherwise none do.
 */
const MAX_TAIL = 4;

export function rowsAfterTotal<T extends { region: boolean; total: boolean }>(lines: readonly SourceLine[], i: number, itemAt: (src: SourceLine) => T | null): { items: T[]; end: number } {
  const out: T[] = [];
  for (let j = i; j < lines.length && out.length < MAX_TAIL; j++) {
    if (lines[j]!.raw.trim() === '') break;
    const item = itemAt(lines[j]!);
    if (!item || item.region) break;
    out.push(item);
    if (item.total) return { items: out, end: j + 1 };
  }
  return { items: [], end: i };
}
