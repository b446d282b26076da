/**
 * A header line whose titles each close with a year and lost their separators when the page was
 * copied, the unit of the figures maybe set before the first (as Finnish budget pages head their
 * columns):
 *
 *   1 000 €Bokslut 2022Budget 2023Ändr. budget 2023   → "1 000 €" | Bokslut 2022 | Budget 2023 | Ändr. budget 2023
 *   tkrUtfall 2021Prognos 2022Plan 2023                → "tkr" | Utfall 2021 | Prognos 2022 | Plan 2023
 *
 * The line ends in a year, so a reader of glued rows took it for a row with a label and one figure
 * and the header was lost. It is such a header only when every title is words closed by a year
 * (no other figure but the unit's thousand) and there are at least two.
 */
const MAX_LINE = 200;
const MIN_TITLES = 2;
/** The unit before the first title, set against it: a capital follows. */
const UNIT_LEAD = /^(?:1[ \u00a0]?000[ \u00a0]?(?:€|euro|kronor|kr)|t€|mn€|md€|tkr|mnkr|mdkr|teur|meur|€|euro)(?=\p{Lu})/iu;
/** A year that closes a title: after a space, before the next title's letter or the end. */
const CLOSING_YEAR = /(?<=\s)(?:19|20)\d\d(?=\p{L}|$)/gu;

export interface GluedYearTitles {
  /** The unit set before the first title, or ''. */
  unit: string;
  titles: string[];
}

export function gluedYearTitles(raw: string): GluedYearTitles | null {
  const s = raw.trim();
  if (s.length > MAX_LINE || !/\d$/.test(s)) return null;
  const lead = UNIT_LEAD.exec(s);
  const unit = lead ? lead[0] : '';
  const rest = s.slice(unit.length);
  if (!/^\p{L}/u.test(rest)) return null;
  const titles: string[] = [];
  let from = 0;
  for (const m of rest.matchAll(CLOSING_YEAR)) {
    const end = m.index + m[0].length;
    titles.push(rest.slice(from, end).trim());
    from = end;
  }
  if (from !== rest.length || titles.length < MIN_TITLES) return null;
  // Every title is words closed by its year; a title glued without its space ("Budget2023") is none.
  for (const title of titles) {
    const words = title.slice(0, -4);
    if (!/^\p{L}/u.test(words) || /\d/.test(words)) return null;
  }
  // The titles ran together: a year set against the next title's letter.
  if (!/\d\p{L}/u.test(rest)) return null;
  return { unit, titles };
}
