/**
 * A post code set against the figures that follow it, as appropriation tables copied out of a web
 * table print their "Finansiella villkor": "ap.12 0414 5900" is the post "ap.1" and the figures
 * 2 041, 4 590 and 0 (glued-run.ts). The label ends in an abbreviation and its point ("ap.",
 * "dp.", "anslagspost nr." does not occur; two to four small letters), which is never the end of a
 * label before its figures: the number right after the point is the code's. It is one digit, or
 * two where one would leave a figure that opens with a nought ("ap.10" in "ap.105 000"? no: "ap.1"
 * and "05 000" cannot be, so "ap.10" and "5 000"). The figures stay read as glued, so a sum over
 * them warns.
 */
const ABBREVIATION_END = /(?<![\p{L}\d])\p{Ll}{2,4}\.$/u;
const MAX_CODE_DIGITS = 2;

/** How many leading digits of `run` belong to the label's code (0 when the label ends in no abbreviation). */
export function codeDigits(label: string, run: string): number {
  if (!ABBREVIATION_END.test(label)) return 0;
  for (let n = 1; n <= MAX_CODE_DIGITS; n++) {
    if (!/^\d$/.test(run[n - 1] ?? '')) return 0;
    const rest = run.slice(n);
    // The rest must open a figure: a digit other than a nought, or a lone nought ("0" then a space or the end).
    if (/^[1-9]/.test(rest) || /^0(?![\d,])/.test(rest)) return n;
  }
  return 0;
}
