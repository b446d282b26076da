/**
 * A statement flattened into one line keeps its section headings in capitals between the rows
 * ("… 384 416 399 406 Kassaflöde från den löpande verksamheten 2 283 1 562 2 180 1 456
 * INVESTERINGSVERKSAMHETEN Investeringar i immateriella anläggningstillgångar -2 -3 …", "… 2 021 2 020
 * DEN LÖPANDE VERKSAMHETEN Årets resultat 959 …"), and some print a row's label in capitals too
 * ("ÅRETS KASSAFLÖDE 1 113 1 291 …"). A word in capitals opens a label as a capitalised word does;
 * a run of them that a capitalised word in small letters follows, with no figure between, is a
 * heading of its own (flattened-rows.ts).
 */

/** A word of two capitals or more and nothing else ("INVESTERINGSVERKSAMHETEN", "DEN", "ÅRETS"). */
const CAPS_WORD = /^[A-ZÅÄÖ]{2,}$/;

export const isCapsWord = (tok: string): boolean => CAPS_WORD.test(tok);

/** True when every word of the text so far is a word in capitals: a heading, not a label that names an acronym ("Bidrag till SKR"). */
export function isCapsRun(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length > 0 && words.every(isCapsWord);
}
