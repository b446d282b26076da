import { looksNumeric } from './looks-numeric.js';

/**
 * A pipe table whose rows a web page exported one cell group a line, each line closed by a pipe:
 * the row's code (when it has one), its name and its figures each on a line of their own.
 *
 *   0180 |
 *   Stockholm |
 *   12,8 | 3 364 | 145 984 | |
 *
 * The figures line has no label of its own; the name line right above it (and a code line
 * right above that) are its label. Such a record counts as a row of the table (open-pipe-rows.ts).
 */
const CODE = /^\d{1,4}(?:[.:]\d{1,3})*\.?$/;
/** Two or more figures: one lone number on a line is a code, a year or a page number. */
const MIN_FIGURES = 2;

/** The cells of one line are figures only, two or more of them. */
export function isFiguresOnly(texts: readonly string[]): boolean {
  return texts.length >= MIN_FIGURES && texts.every((t) => t === '' || looksNumeric(t)) && texts.filter((t) => t !== '').length >= MIN_FIGURES;
}

/** A line holding one name and nothing else. */
const isName = (texts: readonly string[]): boolean => texts.length === 1 && /\p{L}/u.test(texts[0]!) && !looksNumeric(texts[0]!);

/** A line holding one short code, right above a name line ("0114 |" over "Upplands Väsby |"). */
export function isCodeAboveName(texts: readonly string[], next: readonly string[] | undefined): boolean {
  return texts.length === 1 && CODE.test(texts[0]!) && next !== undefined && isName(next);
}

/**
 * The index of the first line of the record whose figures stand at `at` (its name line, or the
 * code line above it), or -1 when the line at `at` is not the figures line of such a record.
 */
export function splitRecordStart(texts: ReadonlyArray<readonly string[]>, at: number): number {
  if (at < 1 || !isFiguresOnly(texts[at]!) || !isName(texts[at - 1]!)) return -1;
  return at >= 2 && isCodeAboveName(texts[at - 2]!, texts[at - 1]) ? at - 2 : at - 1;
}
