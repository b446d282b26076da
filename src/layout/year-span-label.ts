/**
 * A row labelled by a span of years, the change between two years' rows ("2006 - 2001",
 * "2019 – 2018", "Förändring 2015-2020"): read as figures, the two years become a value and a
 * negative value ("2006", "-2001") and push every figure of the row one column right. Two years
 * joined by a dash, spaced or not, are never two cells: they are the label's.
 */
const YEAR = /^(?:19|20)\d{2}$/;
const DASH = /^[-–—]$/;
const JOINED = /^(?:19|20)\d{2}[-–—](?:19|20)\d{2}$/;

/** The index after a year span that opens the tokens at `at`, or `at` when none does. */
export function afterYearSpan(toks: readonly { text: string }[], at: number): number {
  const a = toks[at]?.text ?? '';
  if (JOINED.test(a)) return at + 1;
  if (!YEAR.test(a)) return at;
  const b = toks[at + 1]?.text ?? '';
  if (DASH.test(b) && YEAR.test(toks[at + 2]?.text ?? '')) return at + 3;
  return at;
}
