import type { SourceLine } from './source-line.js';

/**
 * A web page copied as text can run a section heading that carries its note into the first row
 * under it, the note's mark right against the row's label:
 *
 *   Norra Sverige1)Norrbottens län 1 200 1 300
 *   Norra regionen (se not 2)Arvika 1 200 1 300
 *   Södra regionen¹Ystad
 *
 * Read as one line, the heading and its note became part of the row's label, and a county named
 * so was no county. Where a line opens with a heading's words (from a capital, no figure), its
 * note (a number closed by a parenthesis, raised figures, stars, or a note named in words in
 * parentheses) and, right after the mark, a label from a capital and a small letter, the line is
 * cut there: the heading is a line of its own, the row another, with the same line number.
 */
const GLUED = /^(\p{Lu}[^\d()¹²³⁴⁵⁶⁷⁸⁹⁰*]{1,60}?(?:\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\*{1,3}|\s?\((?:se\s)?not(?:er)?\.?\s?\d{1,2}(?:\s?(?:,|och)\s?\d{1,2}){0,3}\)))(?=\p{Lu}\p{Ll})/u;

export function splitGluedHeadings(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => GLUED.test(l.raw))) return lines;
  const out: SourceLine[] = [];
  for (const src of lines) {
    const m = GLUED.exec(src.raw);
    // The heading holds a letter after its capital: no code or mark alone ("A1)B").
    if (!m || !/\p{Ll}/u.test(m[1]!)) {
      out.push(src);
      continue;
    }
    const at = m[1]!.length;
    out.push({ ...src, raw: src.raw.slice(0, at) });
    out.push({ raw: src.raw.slice(at), line: src.line, column: (src.column ?? 1) + at });
  }
  return out;
}
