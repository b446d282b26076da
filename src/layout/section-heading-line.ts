import { goesOn } from './wrapped-label.js';
import { isNumberedTitle } from './numbered-title.js';

/**
 * A sectioned table names its sections on lines of their own, with empty value cells, between
 * labelled rows: "Norra Sverige", "ÖSTRA SVEALAND", "Intäkter". Such a line is a heading over
 * the rows after it, not the end of the label above, when it does not go on from that label
 * (wrapped-label.ts: the label above ends in "-", "," or ";", or the line begins in lower case
 * or "("), begins with a capital, holds no figure and is short, and a labelled row follows it.
 */
const MAX_HEADING = 44;
const HEADING = /^\p{Lu}[^\d]*$/u;

/** Heading words: short, from a capital, no figure (trimmed text). */
export function isHeadingText(t: string): boolean {
  return t.length > 0 && t.length <= MAX_HEADING && HEADING.test(t);
}

export function isSectionHeadingLine(labelAbove: string | null, text: string, labelledRowNext: boolean): boolean {
  const t = text.trim();
  // A numbered section's title ("2. Samhällsbyggnad") heads its rows as well (numbered-title.ts).
  if (!labelledRowNext || !(isHeadingText(t) || isNumberedTitle(t))) return false;
  return labelAbove === null || !goesOn(labelAbove, t);
}
