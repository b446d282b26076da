import type { SourceLine } from './source-line.js';
import { gluedYearTitles } from './glued-year-titles.js';

/**
 * A web page turned into text can lose the line break between a table's last row and the next
 * heading or table, so the heading is set against the row's last figure:
 *
 *   Årets resultat 0 6 0 0 0BALANSRÄKNING, Mkr 2010 2009 2008
 *   Summa skulder och eget kapital 1 400 1 277 1 246NYKELTAL 2010 2009
 *   Summa 12,5 14,0Likvida medel vid årets början 3,1 2,2
 *
 * Read as one line, the next table's years become the row's values. Where a figure runs straight
 * into a word in capitals (five letters or more) or a capitalised word (four lower-case letters or
 * more after the capital), and the text before it is a row (a label and two figures or more, not
 * prose with one number, nor a figure alone on its line), the line is cut there: two source lines with the same line number, the
 * second starting at its own column. When the text after the cut is a header of years (two years
 * or more), the lost break ended a table: a blank line is put between the parts, so the next
 * table is read under its own header. Units glued to a figure ("5Mkr", "10GWh", "100MSEK") are too
 * short to be cut.
 */
const GLUE = /\d(?=\p{Lu}(?:\p{Lu}{4}|\p{Ll}{4}))/u;
const FIGURE = /^[-−–]?\d[\d,.]*$/;
const MIN_FIGURES = 2;
const YEARS = /(?:^|\s)(?:19|20)\d\d\s+(?:19|20)\d\d(?:\s|$)/;

function cutAt(raw: string): number {
  const m = GLUE.exec(raw);
  if (!m) return -1;
  const before = raw.slice(0, m.index + 1).trim().split(/\s+/);
  // A row: a label, then figures (the glued one the last). A figure alone on its line ("3 098,9Bidrag …",
  // a table pasted one cell per line) is left to the cell-per-line reader, which reads it so.
  const labelled = before.some((t) => /\p{L}/u.test(t));
  return labelled && before.filter((t) => FIGURE.test(t)).length >= MIN_FIGURES ? m.index + 1 : -1;
}

export function splitLostBreaks(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => GLUE.test(l.raw))) return lines;
  const out: SourceLine[] = [];
  for (const src of lines) {
    // Titles each closed by a year, run together ("1 000 €Bokslut 2022Budget 2023"): a header, no row (glued-year-titles.ts).
    if (gluedYearTitles(src.raw) !== null) {
      out.push(src);
      continue;
    }
    let rest = src;
    for (let at = cutAt(rest.raw); at > 0; at = cutAt(rest.raw)) {
      out.push({ ...rest, raw: rest.raw.slice(0, at) });
      rest = { raw: rest.raw.slice(at), line: rest.line, column: (rest.column ?? 1) + at };
      if (YEARS.test(rest.raw)) out.push({ raw: '', line: rest.line, column: rest.column });
    }
    out.push(rest);
  }
  return out;
}
