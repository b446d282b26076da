/**
 * A row of column titles that are years ("Region | 2025 | 2026 | Summa", "Region | 2025 |
 * Totalt" over two sub-columns): its value cells are years or words, no other figure, with two
 * years or more, a word beside a year, a first cell that names the rows ("Region", "Län"), or a
 * row of words only under it (the sub-titles of the group the year stands over).
 * A row of figures has no words among its values, and one year alone under a label is a figure.
 */
const YEAR = /^(?:19|20)\d{2}$/;
const ROWS_TITLE = /^(?:region(?:er)?|län|landsting|kommun(?:er)?|post(?:er)?|år|belopp|verksamhet|område|myndighet)$/i;

export function isYearTitleRow(texts: readonly string[], next?: readonly string[]): boolean {
  const [first, ...rest] = texts.map((t) => t.trim());
  const values = rest.filter((t) => t !== '');
  if (values.length === 0 || !values.every((t) => YEAR.test(t) || (/\p{L}/u.test(t) && !/\d/.test(t)))) return false;
  const years = new Set(values.filter((t) => YEAR.test(t)));
  if (years.size === 0) return false;
  if (years.size >= 2 || values.length > years.size || ROWS_TITLE.test(first ?? '')) return true;
  // A year alone over a group, the group's sub-titles in words on the row under it ("2025" over "Drift | Investering").
  return next !== undefined && next.some((t) => /\p{L}/u.test(t)) && next.every((t) => !/\d/.test(t));
}
