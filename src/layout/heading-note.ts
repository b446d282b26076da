/**
 * A section heading of a table pasted as text may carry its footnote: a number set against its
 * last word or after a space and closed by a parenthesis ("Norra regionen1)", "Övriga 2)"), a
 * raised figure or stars ("Södra Sverige¹", "Mellersta delen*"), a note named in words in
 * parentheses ("(se not 1)", "(not 3, 4)"), or a digit set against a word of lower-case letters,
 * where the page's raised figure lost its place ("Övriga kommuner2"). The note is the page's, not
 * a figure of the heading. A number after a space without a parenthesis ("Ålder 65", "Åk 1") and
 * a range in parentheses are the heading's own.
 */
const NOTE =
  /(?:(?<=\p{L}|\))\s?\d{1,2}\)|(?<=\p{L}|\))[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=\p{L}|\))\*{1,3}|\s?\((?:se\s)?not(?:er)?\.?\s?\d{1,2}(?:\s?(?:,|och)\s?\d{1,2}){0,4}\)|(?<=\p{Ll}{3})\d)$/iu;

/** The heading's words without a note closing it; the text unchanged (trimmed) when none does. */
export function headingWords(text: string): string {
  const t = text.trim();
  const m = NOTE.exec(t);
  return m ? t.slice(0, m.index).trimEnd() : t;
}
