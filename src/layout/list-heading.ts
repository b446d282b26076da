import type { TextLine } from './types.js';

/**
 * The heading a news page sets right above a list, as a line of its own without a full stop:
 *
 *   … Bland annat handlar det om satsningar inom skolan.
 *   Så mycket får din kommun i generella bidrag
 *   Falun 39,8 miljoner kronor
 *
 * is the list's caption, as a lead-in ending in ":" is. It is the last line of the text above,
 * short, opening with a capital, ending in a letter (or a unit in parentheses: "Beloppen per region
 * (kronor)"), and either alone or under a line
 * that ends a sentence (so it is no sentence's wrapped tail). A heading with a figure in it is
 * left alone: whether "… av 282 miljoner" is the list's total, as a lead-in's amount is, a heading
 * does not say.
 */
const MAX_HEADING = 80;

export function listHeading(lines: readonly TextLine[]): TextLine | null {
  const last = lines[lines.length - 1];
  if (!last) return null;
  const text = last.text.trim();
  if (text.length === 0 || text.length > MAX_HEADING || !/^[A-ZÅÄÖ]/.test(text) || !/\p{L}\)?$/u.test(text) || /\d/.test(text)) return null;
  const above = lines[lines.length - 2]?.text.trim();
  if (above !== undefined && above !== '' && !/[.!?:]["”]?$/.test(above)) return null;
  return last;
}
