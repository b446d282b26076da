import type { TextLine } from './types.js';

/**
 * A sentence closed by a full stop that points down at the list under it: "Fördelningen per
 * region framgår nedan.", "Regionerna får följande belopp.", "Så här fördelas pengarna.". It
 * opens the list as a lead-in ending in ":" does, so it is the list's caption. Only the words that
 * point forward make it so; any other sentence above a list stays prose.
 */
const MAX_LEAD = 300;
const POINTS_DOWN = /(?<![\p{L}])(?:nedan|nedanstående|följande|så här|enligt tabellen|av tabellen|i tabellen|av listan|i listan)(?![\p{L}])/iu;

export function forwardLead(sentence: TextLine): TextLine | null {
  const text = sentence.text.trim();
  if (text.length > MAX_LEAD || !text.endsWith('.') || !/^[A-ZÅÄÖ]/.test(text)) return null;
  return POINTS_DOWN.test(text) ? sentence : null;
}
