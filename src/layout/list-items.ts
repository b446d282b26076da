import { ITEM_MARK } from './bullet-marks.js';
import type { SourceLine } from './source-line.js';

/** A list item's mark: a bullet or a number ("-", "•", "1.", "2)"), and the space after it (bullet-marks.ts). */
export const LIST_BULLET = ITEM_MARK;

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

/**
 * "2) Utbildning – 36", "3. Forskning: 20", "4. Musikkåren – 126.040", "5. Ridklubben, 1 250": a numbered item whose bare figure is set off from its
 * words by a colon, a dash or a comma and a space (a decimal comma has none after it) is a list item giving an amount, where a numbered line ending in a
 * figure is otherwise a row of a numbered table ("1 Rikets styrelse 10 676"). Read from the last
 * separator, without a pattern that would rescan the spaces.
 */
export function endsInSeparatedFigure(raw: string): boolean {
  const t = raw.trimEnd();
  const at = Math.max(t.lastIndexOf(':'), t.lastIndexOf('–'), t.lastIndexOf('—'), t.lastIndexOf(', '));
  // Digit groups set off by spaces, or by dots as news pages write them ("2. Schackklubben – 11.000").
  return at > 0 && /^\d{1,3}(?:(?:[ \u00a0]\d{3})*(?:,\d+)?|(?:\.\d{3})+\.?)$/.test(t.slice(at + 1).trim());
}
