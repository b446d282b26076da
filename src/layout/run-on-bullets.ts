import type { SourceLine } from './source-line.js';

/**
 * A web page turned into text can lose the line break between two bullet items, so the second
 * item's marker stands inside the first's line after its full stop:
 *
 *   * 140 miljoner går till täckdikning. * 68 miljoner går till energi och klimat.
 *   • Region A får 12 miljoner kronor. • Region B får 9 miljoner kronor.
 *
 * Where a line opens with "*" or "•" and the same marker, set apart by spaces, follows a sentence's
 * end and opens a word in capitals or a figure, the line is cut there: two source lines with the
 * same line number, the second starting at its own column. A dash is no such marker: inside a
 * sentence it is punctuation.
 */
const OPENS = /^\s*([*•])\s+\S/;
/** A sentence's end, then the marker between spaces, then a capital or a digit. */
const RUN_ON = /[.!?]\s+([*•])\s+(?=[\p{Lu}\d])/u;

function cutAt(raw: string, marker: string): number {
  const m = RUN_ON.exec(raw);
  return m && m[1] === marker ? m.index + m[0].indexOf(marker) : -1;
}

export function splitRunOnBullets(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => OPENS.test(l.raw) && RUN_ON.test(l.raw))) return lines;
  const out: SourceLine[] = [];
  for (const src of lines) {
    const marker = OPENS.exec(src.raw)?.[1];
    let rest = src;
    if (marker) {
      for (let at = cutAt(rest.raw, marker); at > 0; at = cutAt(rest.raw, marker)) {
        out.push({ ...rest, raw: rest.raw.slice(0, at).trimEnd() });
        rest = { raw: rest.raw.slice(at), line: rest.line, column: (rest.column ?? 1) + at };
      }
    }
    out.push(rest);
  }
  return out;
}
