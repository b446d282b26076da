/**
 * Two parts of one text wrapped at a hyphen, put back together the way the page meant them:
 * "Väst-" + "manlands län" → "Västmanlands län" and "Västra Göta-" + "landsregionen" →
 * "Västra Götalandsregionen" (a word broken by hyphenation is whole again); "EU-" + "medel" →
 * "EU-medel" (an abbreviation or a figure keeps its hyphen); "Stats-" + "och kommunbidrag" →
 * "Stats- och kommunbidrag" (a shared part keeps hyphen and space); "Syd-" + "Sverige" →
 * "Syd-Sverige" (a capital after the break: a compound written with its hyphen). A part that
 * does not end in a hyphen right after a letter or digit is joined by a space.
 */
const MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const MONTH_END = new RegExp(`(?<![\\p{L}])(?:${MONTHS})-$`, 'iu');
const MONTH_START = new RegExp(`^(?:${MONTHS})(?![\\p{L}])`, 'iu');
const SHARED_PART = /^(?:och|eller|samt|resp\.?|respektive|till)(?![\p{L}])/u;

export function endsInWordHyphen(text: string): boolean {
  return /[\p{L}\d]-$/u.test(text.trimEnd());
}

export function joinHyphenated(a: string, b: string): string {
  const head = a.trimEnd();
  const tail = b.trimStart();
  if (head === '') return tail;
  if (tail === '') return head;
  if (!endsInWordHyphen(head)) return `${head} ${tail}`;
  if (SHARED_PART.test(tail)) return `${head} ${tail}`;
  // A range of months keeps its hyphen ("juli-" / "november").
  if (MONTH_END.test(head) && MONTH_START.test(tail)) return head + tail;
  if (!/^\p{Ll}/u.test(tail) || /[\p{Lu}\d]-$/u.test(head)) return head + tail;
  return head.slice(0, -1) + tail;
}
