/**
 * A column title of words set among a header's years, in the place of one of them:
 *
 *   Län 2003 2004 Förändring i procent 2006 2007 2008
 *   Kod Kommun 2020 Budget efter ändringar 2020 2021 2020 2021 2020 2021
 *
 * The years run on by one (or repeat such a run once a group) with the title standing where a
 * year is missing, so the title is a column of its own, not the next year's ("Budget 2021"). Read
 * only where the line sets years side by side, one run of words stands between two of them, and
 * the years keep to the run everywhere else; a run that repeats must come back three times at
 * least, so that "2018 2019 Budget 2019" keeps "Budget 2019" as one title. The words of the
 * title, or null.
 */
const YEAR = /^(?:19|20)\d{2}$/;
const MIN_PERIODS = 3;

export function titleInYearRun(text: string): string | null {
  const toks = text.trim().split(/\s+/);
  const first = toks.findIndex((t) => YEAR.test(t));
  if (first < 0) return null;
  // Slots after the first year: a year, or a run of words (null).
  const slots: (number | null)[] = [];
  let words: string[] | null = null;
  let title: string[] | null = null;
  for (const t of toks.slice(first)) {
    if (YEAR.test(t)) {
      if (words) {
        if (title) return null;
        title = words;
        slots.push(null);
        words = null;
      }
      slots.push(Number(t));
    } else (words ??= []).push(t);
  }
  // Words after the last year are a title of their own already (endsInTitleAfterYears).
  if (title === null || words !== null) return null;
  if (!toks.some((t, k) => k > 0 && YEAR.test(t) && YEAR.test(toks[k - 1]!))) return null;
  const start = slots[0]!;
  const n = slots.length;
  for (let p = 2; p <= n; p++) {
    if (p < n && n < p * MIN_PERIODS) continue;
    if (slots.every((y, i) => y === null || y === start + (i % p))) return title.join(' ');
  }
  return null;
}
