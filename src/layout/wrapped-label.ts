/**
 * Statistics tables copied from web pages wrap long row labels over several lines above the
 * row's figures, the figures on a line of their own:
 *
 *   M+N Juridik, ekonomi, vetenskap
 *   och teknik; uthyrning,
 *   fastighetsservice, resetjänster
 *   och andra stödtjänster
 *   4,8 4,2 3,5 …
 *
 * Up to four lines of words are one label when the run of words ends in a row of figures
 * without a label of its own. A label line right under the header that goes on from the line
 * above it (that one ends in "-" or ",", or it begins in lower case or with "(") belongs to the
 * label too, not to the header.
 */

export const MAX_LABEL_LINES = 4;

/**
 * After the word line `from`, at most `extra` more lines of words lead to a row of figures
 * without a label: the words are that row's wrapped label.
 */
export function wordsReachBareRow(from: number, extra: number, isWordLine: (k: number) => boolean, isBareRow: (k: number) => boolean): boolean {
  for (let k = from + 1; k <= from + 1 + extra; k++) {
    if (isBareRow(k)) return true;
    if (!isWordLine(k)) return false;
  }
  return false;
}

/** The line `line` goes on from `above` as one wrapped label. */
export function goesOn(above: string, line: string): boolean {
  return /[-,;]$/.test(above.trimEnd()) || /^[a-zåäö(]/.test(line.trimStart());
}
