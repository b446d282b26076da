import type { SourceLine } from './source-line.js';
import { isCapsRun, isCapsWord } from './caps-headings.js';
import { YEAR_OR_CLOSING_DATE } from './closing-date.js';

/**
 * A PDF page turned into one line of text (page-flip sites, document archives) keeps a table's
 * rows one after the other with nothing between them but a space:
 *
 *   … (tkr) Not 2012 2011 Hyresintäkter 3 704 110 681 199 Övriga intäkter 4 15 046 13 756
 *   Summa intäkter 719 156 695 295 Driftskostnader 7 -200 670 -192 673 …
 *
 * A row ends where its figures end and the next label begins with a capitalised word. A long line
 * that reads as many such rows (a label, then two figures or more) is cut there into lines of its
 * own, each keeping its place in the source, so the table readers read them as rows. Prose is
 * left whole: it is cut only when most of its parts are rows and there are many of them.
 *
 * A list per county flattened so names its county before the county's first row, with no figure
 * between them: "… Totalt länet 215 684 043 Dalarnas län Avesta 45 453 904 Borlänge …". A label
 * that goes on with a capitalised word after "län" holds the county's heading and the row's own
 * label: it is cut after "län", the heading a part of its own ("läns", "länet" go on as labels do).
 */
const MIN_LENGTH = 200;
const MIN_ROWS = 6;
const MIN_FIGURES = 2;
/** Share of the parts that must read as rows. */
const ROW_SHARE = 0.6;

/**
 * A figure of a table row: a number or one of its digit groups, a lone dash (an empty cell), or a
 * year (a header of years ends a part as a row's figures do; so does a header of closing dates,
 * "2023-12-31 2022-12-31", closing-date.ts).
 */
const FIGURE = /^[-−–]?\d{1,3}(?:[,.]\d+)?%?$|^[-−–]$|^(?:19|20)\d{2}$/;
/** A label's opening word: a capital, then lower-case letters, or a short word cut at a hyphen ("Av- och nedskrivningar"). */
const OPENS_LABEL = /^[A-ZÅÄÖ](?:[a-zåäö]{2}|[a-zåäö]-)/;
const LETTERS = /\p{L}{2}/u;
/** A unit of money written after its figure, in any case, with the punctuation that may close it. */
const MONEY_UNIT = /^(?:mkr|mnkr|mdkr|tkr|kr|kronor|msek|sek|miljoner|miljarder|miljon|miljard)[,.;:]?$/i;

interface Part {
  from: number;
  to: number;
  row: boolean;
  /** A county's heading cut from the label after it: no row, and not counted against the rows' share. */
  heading?: boolean;
}

const COUNTY_WORD = 'län';

/** Cuts of one line, or null when it is not a flattened table. */
function cuts(raw: string): Part[] | null {
  const parts: Part[] = [];
  let from = 0;
  let figures = 0;
  let label = false;
  let previous = '';
  let i = 0;
  while (i < raw.length) {
    while (i < raw.length && raw[i] === ' ') i++;
    const start = i;
    while (i < raw.length && raw[i] !== ' ') i++;
    if (start === i) break;
    const tok = raw.slice(start, i);
    if (FIGURE.test(tok) || YEAR_OR_CLOSING_DATE.test(tok)) {
      figures++;
      continue;
    }
    // A percent sign set apart from its figure belongs to it.
    if (tok === '%' && figures > 0) continue;
    // A unit after the figures ("3 165 Mkr, Gävleborgs län …") is prose giving amounts one by one: no label opens there, no row ends.
    if (figures > 0 && MONEY_UNIT.test(tok)) {
      figures = 0;
      previous = tok;
      continue;
    }
    if (figures >= MIN_FIGURES && label && (OPENS_LABEL.test(tok) || isCapsWord(tok))) {
      parts.push({ from, to: start, row: true });
      from = start;
      label = false;
    } else if (figures === 0 && label && previous === COUNTY_WORD && OPENS_LABEL.test(tok)) {
      parts.push({ from, to: start, row: false, heading: true });
      from = start;
    } else if (figures === 0 && label && OPENS_LABEL.test(tok) && isCapsRun(raw.slice(from, start))) {
      // A section heading in capitals before the first row of its section (caps-headings.ts).
      parts.push({ from, to: start, row: false, heading: true });
      from = start;
    }
    previous = tok;
    // One figure before a label (a note, a year in a title) does not end a row: the part goes on.
    figures = 0;
    if (LETTERS.test(tok)) label = true;
  }
  parts.push({ from, to: raw.length, row: figures >= MIN_FIGURES && label });
  const rows = parts.filter((p) => p.row).length;
  return rows >= MIN_ROWS && rows >= ROW_SHARE * parts.filter((p) => !p.heading).length ? parts : null;
}

/** A minus sign glued to its figure ("-200 670") and a dash standing alone before a figure ("– 1 200"). */
const GLUED_SIGN = /(?:^| )[-−–]\d/;
const LONE_DASH = / [-−–] \d/;
/** Rows cut from a flattened line that glues its minus signs: there a lone dash is an empty cell (blank-dash.ts). */
const gluedSigns = new WeakSet<SourceLine>();

/** True for a row cut from a flattened table whose lone dashes stand for nothing, not for a minus sign. */
export const hasBlankDashes = (src: SourceLine): boolean => gluedSigns.has(src);

export function splitFlattenedRows(lines: SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.raw.length >= MIN_LENGTH)) return lines;
  const out: SourceLine[] = [];
  for (const src of lines) {
    const parts = src.raw.length >= MIN_LENGTH ? cuts(src.raw) : null;
    if (!parts) {
      out.push(src);
      continue;
    }
    const blank = GLUED_SIGN.test(src.raw) && LONE_DASH.test(src.raw);
    for (const p of parts) {
      const row = { raw: src.raw.slice(p.from, p.to).trimEnd(), line: src.line, column: (src.column ?? 1) + p.from };
      if (blank) gluedSigns.add(row);
      out.push(row);
    }
  }
  return out;
}
