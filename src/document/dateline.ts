import { monthDates } from './month-dates.js';

/**
 * A line that only dates the page ("Nyhet • Aug 03, 2016 11:00 CEST", "Publicerad 12 mars 2023",
 * "2023-11-20 14:05"): a date with at most a label word or two, a clock time and a time zone
 * around it. Such a line is never the document's title.
 */
const OTHER_DATES = /\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2} (?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) (?:19|20)\d{2}\b/gi;
const TIME = /\b(?:kl\.? )?\d{1,2}[:.]\d{2}\b/gi;
const ZONE = /\b(?:CEST|CET|UTC|GMT)\b/g;
/** Words that may stand beside a dateline's date. */
const MAX_WORDS = 2;

export function isDateline(line: string): boolean {
  let rest = line;
  let dated = false;
  for (const d of monthDates(line)) {
    rest = rest.replace(d.raw, ' ');
    dated = true;
  }
  rest = rest.replace(OTHER_DATES, () => {
    dated = true;
    return ' ';
  });
  if (!dated) return false;
  const words = rest
    .replace(TIME, ' ')
    .replace(ZONE, ' ')
    .split(/[\s•·|,–—-]+/)
    .filter((w) => w !== '');
  return words.length <= MAX_WORDS;
}
