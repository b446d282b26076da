import { goesOn } from './wrapped-label.js';

/**
 * A sectioned table names its sections on lines of their own, with empty value cells, between
 * labelled rows: "Norra Sverige", "ÖSTRA SVEALAND", "Intäkter". Such a line is a heading over
 * the rows after it, not the end of the label above, when it does not go on from that label
 * (wrapped-label.ts: the label above ends in "-", "," or ";", or the line begins in lower case
 * or "("), begins with a capital, holds no figure and is short, and a labelled row follows it.
 */
const MAX_HEADING = 44;
const HEADING = /^[A-ZÅÄÖ][^\d]*$/;

export function isSectionHeadingLine(labelAbove: string | null, text: string, labelledRowNext: boolean): boolean {
  const t = text.trim();
  if (!labelledRowNext || t.length > MAX_HEADING || !HEADING.test(t)) return false;
  return labelAbove === null || !goesOn(labelAbove, t);
}
