import type { Block, TextLine } from './types.js';
import { BLANK, FIGURE, YEAR } from './figure-rows.js';
import { isPhoneLine } from './phone-line.js';

/**
 * Runs of lines that hold figures and nothing else, as text taken from a PDF gives a table: a
 * cell a line, or a row's figures on a line with its label on the line above, or every label in
 * one run and every figure in another:
 *
 *   Kronobergs län          Region
 *   97 430                  Gävleborgs län
 *   97 728 50 204           Dalarnas län
 *   Gävleborgs län          Totalt
 *   90 575                  +323 775
 *   93 469 14 122           –879 837
 *                           +1 695 284
 *
 * Prose seldom puts a figure alone on a line, and never several close together, so such a run
 * is rows no reader took (src/document/unread-rows.ts reports it). A row whose figures stand after
 * a wide gap ("Summa          100,0", as `-layout` sets a column) counts as such a line. Lines of
 * words may stand between (the labels, wrapped); a sentence or a line with other figures ends the run.
 */

/** A run needs this many lines of figures only. */
const MIN_FIGURE_LINES = 4;
/** ... of which this many follow each other somewhere with no words between (a contents list alternates a title and its page), unless each holds several figures. */
const MIN_ADJACENT = 2;
/** Lines of words that may stand between two figure lines (labels, a wrapped label, a section title). */
const MAX_WORD_LINES = 3;
/** A word line between figure lines is a label or a title, no longer than this (a long label wraps at the column's width). */
const MAX_WORD_LINE = 100;
/** Short word lines (a label wrapped a word or two a line in a narrow column) may stand more in a row. */
const MAX_SHORT_LINES = 8;
const SHORT_LINE = 25;
/** A gap this wide sets a row's figures apart from its label, as `pdftotext -layout` and mutool set columns. */
const WIDE_GAP = /\S {4,}(?=\S)/gu;

/** A line of figures and table blanks only, one figure at least ("97 430", "+1 695 284", "55 – 24"). */
export function isFigureLine(text: string): boolean {
  const toks = text.trim().split(/\s+/u);
  if (toks.length === 0 || toks[0] === '') return false;
  if (!toks.every((tok) => FIGURE.test(tok) || BLANK.test(tok))) return false;
  // A part opening with a zero and going on ("08 405 10 00") is a telephone number's or a code's:
  // no figure opens so, and only a group of three after a figure's first digits ("1 080") may.
  if (toks.some((tok, i) => /^[-−–+]?0\d/u.test(tok) && (i === 0 || !/^0\d\d$/u.test(tok)))) return false;
  return toks.some((tok) => FIGURE.test(tok)) && !isPhoneLine(text);
}

/**
 * A row set in columns: a label, a wide gap, then figures only ("Summa          100,0"). Prose
 * never sets a wide gap before its figures.
 */
export function isGappedRow(text: string): boolean {
  const gaps = [...text.trimEnd().matchAll(WIDE_GAP)];
  const last = gaps.at(-1);
  return last !== undefined && isFigureLine(text.slice(last.index + 1)) && /\p{L}/u.test(text.slice(0, last.index + 1));
}

/** A line that may stand between figure lines as a label or a title: words, no figure but a year ("Utbetalt 2022"), no sentence end. */
function isWordLine(text: string): boolean {
  const s = text.trim();
  return s.length > 0 && s.length <= MAX_WORD_LINE && !/\d/u.test(s.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, '')) && !/[.:;!?]$/u.test(s);
}

/** A line of this many cells or more (figures and blanks) is a row of a table on its own: no contents list gives a title several pages. */
const MANY_CELLS = 3;
const manyFigures = (text: string): boolean => text.trim().split(/\s+/u).filter((tok) => FIGURE.test(tok) || BLANK.test(tok)).length >= MANY_CELLS;

/** The figures of a run, each line's tokens read as numbers, groups joined only where a line is one figure. */
function lineValues(lines: readonly TextLine[]): number[] {
  return lines.map((l) => Number(l.text.trim().replace(/[\s+]/gu, '').replace(/[−–]/u, '-').replace(',', '.'))).filter((n) => Number.isFinite(n));
}

/**
 * Whether the figures step evenly (0, 20, 40, 60: a diagram's axis) or are only years (a
 * header of years set a year a line): no table's body.
 */
function isScaleOrYears(lines: readonly TextLine[]): boolean {
  const toks = lines.flatMap((l) => l.text.trim().split(/\s+/u)).filter((tok) => FIGURE.test(tok));
  if (toks.every((tok) => YEAR.test(tok))) return true;
  const values = lineValues(lines);
  if (values.length !== lines.length || values.length < 3) return false;
  const step = values[1]! - values[0]!;
  return step !== 0 && values.every((v, i) => i === 0 || v - values[i - 1]! === step);
}

/** The runs of figure lines in what is left as prose, each a table's worth, in order. */
export function figureLineRuns(blocks: readonly Block[]): TextLine[][] {
  const out: TextLine[][] = [];
  let figures: TextLine[] = [];
  let adjacent = 0;
  let best = 0;
  let words = 0;
  let long = 0;
  const close = (): void => {
    const rows = best >= MIN_ADJACENT || figures.filter((l) => manyFigures(l.text)).length >= MIN_FIGURE_LINES;
    if (figures.length >= MIN_FIGURE_LINES && rows && !isScaleOrYears(figures)) out.push(figures);
    figures = [];
    adjacent = 0;
    best = 0;
    words = 0;
    long = 0;
  };
  for (const block of blocks) {
    // A grid or a list item read is no part of a run of lines left as prose.
    if (block.kind !== 'text' || block.role === 'list-item') {
      close();
      continue;
    }
    for (const line of block.lines) {
      if (isFigureLine(line.text) || isGappedRow(line.text)) {
        adjacent = words === 0 ? adjacent + 1 : 1;
        best = Math.max(best, adjacent);
        words = 0;
        long = 0;
        figures.push(line);
      } else if (isWordLine(line.text) && words < MAX_SHORT_LINES && (line.text.trim().length <= SHORT_LINE || long < MAX_WORD_LINES)) {
        words++;
        if (line.text.trim().length > SHORT_LINE) long++;
      } else {
        close();
      }
    }
  }
  close();
  return out;
}
