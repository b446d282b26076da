import type { SourceLine } from './source-line.js';
import { isCodeAboveLabel } from './code-above-label.js';
import { isNoteList } from './note-list.js';

/**
 * A table pasted one cell a line, with no blank lines between cells (or one between rows):
 *
 *   Belopp i tkr
 *   2023
 *   2022
 *   Personal
 *   14 250
 *   13 980
 *
 * Read as columns set apart by single spaces, "14 250" is two cells (14 and 250) of a row with
 * no label. A run where every line is either words or one value with its digit groups, and no
 * line holds a label and a figure together, is one cell a line: the cell-per-line reader is asked
 * first. Only the run's first lines are looked at, so a line of prose is rejected at once.
 */
const LOOK = 16;
const MIN_VALUES = 4;
/** One value: a sign, a number in groups of three (set apart by a space, no-break, narrow or thin), a decimal part, a percent sign, a note mark; or a lone dash. */
const ONE_VALUE = /^(?:[-−–]\s?)?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*(?:,\d+)?\s?%?(?: ?[*¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})?$|^[-−–]$/;
/** A space between digit groups, of any width. */
const GROUP_SPACE = /[ \u00a0\u202f\u2009]/;
/**
 * Words only, or a title ending in its year ("År 2023", "Utfall 2022"); a bare year is a value.
 * A row label may run to 120 characters ("Insatser för kompetensförsörjning och uppföljning av …"),
 * past 80 only when it does not end as a sentence does.
 */
const WORDS = /^[^\d]{1,80}$|^[^\d]{81,120}(?<![.!?])$|^[^\d]{1,40} (?:19|20)\d{2}$/;

export function isOneCellRun(lines: SourceLine[], start: number): boolean {
  let values = 0;
  let words = 0;
  let grouped = false;
  let paragraph = 0;
  for (let i = start; i < lines.length && i < start + LOOK; i++) {
    const t = lines[i]!.raw.trim();
    // A blank line between rows (each row a paragraph of its cells) goes on with the run; two end it,
    // and so does one after a paragraph of one line (a cell a paragraph: blank-line-cells.ts reads those).
    if (t === '') {
      if (lines[i + 1]?.raw.trim() === '' || paragraph < 2) break;
      paragraph = 0;
      continue;
    }
    paragraph++;
    if (t.includes('\t') || t.includes('  ')) return false;
    if (WORDS.test(t)) words++;
    else if (ONE_VALUE.test(t) || /^(?:19|20)\d{2}$/.test(t)) {
      values++;
      grouped ||= GROUP_SPACE.test(t) && !/^[-−–]\s?\d{1,3}$/.test(t);
    } else if (!isCodeAboveLabel(t) && !isNoteList(t)) return false; // a budget code on its own line ("01.", "21.01") is a cell too, as a note cell's list ("3, 4")
  }
  // Only a value with a digit group is misread as several cells: without one the other readers agree.
  return grouped && values >= MIN_VALUES && words >= 2;
}
