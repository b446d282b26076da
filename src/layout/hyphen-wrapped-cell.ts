import { looksValue } from './looks-numeric.js';
import { endsInWordHyphen } from './hyphen-join.js';
import type { SourceLine } from './source-line.js';

/** Most lines one cell broken at hyphens may run over ("Västra Göta-" / "lands-" / "regionen"). */
const MAX_LINES = 3;

const words = (raw: string): string => raw.replace(/\|/g, ' ').trim();

/**
 * A table pasted one cell a line breaks a long name at a hyphen onto the next line
 * ("Väst-" / "manlands län", "Västra Göta-" / "landsregionen"): the line ending in a hyphen
 * right after a letter and the line under it opening in lower case are one cell. Neither line is
 * a figure, and nothing but words stands on them. Returns the cell's number of lines from i
 * (1 when line i is not the first line of such a cell).
 */
export function hyphenWrappedLines(lines: readonly SourceLine[], i: number): number {
  let n = 1;
  while (n < MAX_LINES && i + n < lines.length) {
    const above = words(lines[i + n - 1]!.raw);
    const below = words(lines[i + n]!.raw);
    if (!endsInWordHyphen(above) || looksValue(above) || !/^\p{Ll}/u.test(below) || looksValue(below) || /\t/.test(lines[i + n]!.raw)) break;
    n++;
  }
  return n;
}
