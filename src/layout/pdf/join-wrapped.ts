/** Words after which a hyphen stays a hyphen and a space follows ("hälso- och sjukvård"). */
const AFTER_HYPHEN = /^(och|eller|samt|till|resp\.?|respektive)\b/i;
/**
 * A name broken by hyphenation: a capitalised word ending in a lower-case letter and a hyphen
 * (or soft hyphen) at the end of the line ("Göta-", "Väs-"). Lower-case words keep their hyphen:
 * "juli-" + "november" is a range, not a broken word.
 */
const BROKEN_WORD = /(?:^|\s)\p{Lu}\p{Ll}*[-\u00ad]$/u;

/**
 * Joins the lines of a wrapped cell or label: "Befolkning 0–" + "18 år" gives "Befolkning 0–18 år";
 * a name hyphenated by the typesetter ("Västra Göta-" + "landsregionen") is joined without its hyphen,
 * while "IT-" + "stöd" and "juli-" + "november" keep theirs.
 */
export function joinWrapped(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    if (out === '') out = part;
    else if (BROKEN_WORD.test(out) && /^\p{Ll}/u.test(part) && !AFTER_HYPHEN.test(part)) out = out.slice(0, -1) + part;
    else if (/[-–\u00ad]$/.test(out) && !AFTER_HYPHEN.test(part)) out += part;
    else out += ' ' + part;
  }
  return out;
}
