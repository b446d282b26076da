import { CODE_TITLE } from './code-cells.js';
import type { RunLine } from './label-number.js';
import { isTotalLabelText } from './total-label.js';

/**
 * A code column's title right after the label's, over rows set apart by single spaces:
 *
 *   Län Länskod Antal Belopp
 *   Stockholms län 01 1 234 5 678
 *   Skåne län 12 2 368 1 160
 *   Hallands län 13 457 462
 *
 * Single spaces cannot set the code apart from the figures: "13 457 462" reads as "13 457 | 462"
 * as well as "13 | 457 | 462". Under such a header the code ends the label (the label column's
 * title is both titles), so a row's first token of two or four digits (a county's or a
 * municipality's code; "01" is never a figure) is given back to the label when the rest still
 * reads as the table's columns. A total row ("Summa …") has no code.
 */
const CODE = /^(?:\d{2}|\d{4})$/;

/** The header's words name a code column right after the label's ("Region Kod …", "Län Länskod …"). */
export const codeAfterLabel = (words: readonly string[]): boolean =>
  words.length >= 3 && !/\d/.test(words[0]!) && !CODE_TITLE.test(words[0]!) && CODE_TITLE.test(words[1]!);

type Range = (run: string[]) => { min: number; max: number } | null;

/** Moves each row's leading code into its label (`runAt`), where the rest of the run still fits `width`. */
export function giveBackCodes(lines: RunLine[], width: number, range: Range): void {
  for (const l of lines) {
    const first = l.toks[l.runAt];
    if (!first || !CODE.test(first.text) || l.runAt === 0 || isTotalLabelText(l.toks[0]!.text)) continue;
    const rest = range(l.toks.slice(l.runAt + 1).map((t) => t.text));
    if (rest === null || rest.min > width || rest.max < width) continue;
    l.runAt++;
    l.range = rest;
  }
}
