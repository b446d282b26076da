import type { SourceLine } from './source-line.js';

/** A list item's mark: a bullet or a number ("-", "•", "1.", "2)"), and the space after it. */
export const LIST_BULLET = /^(?:[-*+•]|\d{1,2}[.)])\s+/;

/**
 * The run of items from `start`: every non-blank line `parse` reads, blank lines between them
 * skipped, up to the first line it does not read. `end` is the index after the last item.
 */
export function itemRun<P extends object>(lines: SourceLine[], start: number, parse: (raw: string) => P | null): { items: (P & { src: SourceLine })[]; end: number } {
  const items: (P & { src: SourceLine })[] = [];
  let i = start;
  let end = start;
  while (i < lines.length) {
    if (lines[i]!.raw.trim() === '') {
      i++;
      continue;
    }
    const p = parse(lines[i]!.raw);
    if (!p) break;
    items.push({ src: lines[i]!, ...p });
    i++;
    end = i;
  }
  return { items, end };
}
