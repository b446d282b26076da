/**
 * A header line copied out of a web table whose titles lost their separators, each title starting
 * with a capital set right after the small letter that ends the one before:
 *
 *   RiketTotaltUtbildning på grundnivåForskningAnnan verksamhet
 *     → Riket | Totalt | Utbildning på grundnivå | Forskning | Annan verksamhet
 *
 * Titles are words, so the line holds no figure; a capital after a space ("Region Skåne") or after
 * another capital ("SCB") starts no title. The line is read so only when a table whose cells ran
 * together the same way stands right under it and has as many columns (glued-values.ts). A year
 * may close a title, and so may a closing parenthesis: the next starts at the capital after it
 * ("… disponeras 2012Indrag …", "Anslagskredit (tkr)Anslagsbehållning").
 */
const MIN_TITLES = 3;
const MAX_LINE = 600;
const MAX_TITLE = 100;
/** Where a capital follows a small letter: the start of the next title. */
const TITLE_START = /(?<=\p{Ll}|\)|\s(?:19|20)\d\d)(?=\p{Lu})/u;
/**
 * Figures in the line: only years that close a title ("Anslagsbehållning som disponeras 2012Indrag av
 * anslagsbelopp", as appropriation letters head their conditions), set before the next title's capital
 * or at the end, after a space. Any other digit ("Budget2023Utfall") makes the line no such header.
 */
const CLOSING_YEAR = /\s(?:19|20)\d\d(?=\p{Lu}|$)/gu;

/** The titles of such a line, or null when it is no such line. */
export function gluedTitleLine(raw: string): string[] | null {
  const s = raw.trim();
  if (s.length > MAX_LINE || /\d/.test(s.replace(CLOSING_YEAR, ' ')) || !/^\p{Lu}/u.test(s)) return null;
  const titles = s.split(TITLE_START).map((x) => x.trim());
  if (titles.length < MIN_TITLES || titles.some((x) => x === '' || x.length > MAX_TITLE)) return null;
  return titles;
}
