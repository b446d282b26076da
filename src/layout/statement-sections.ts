import { isTotalLabelText } from './total-label.js';

/**
 * A spaced table's total row, a blank line and a heading end a part. A part closed by a bare
 * total ("Summa", "Totalt 1)") is a table of its own under its heading, as a budget prints one per
 * committee. A total that names what it sums ("Summa anläggningstillgångar", "Summa rörelsens
 * intäkter") closes a section of one statement instead: a balance sheet's next heading
 * ("Omsättningstillgångar") goes on in the same table, whose later totals add up the sections
 * ("Summa tillgångar"). Parts that list the same items again ("Politisk verksamhet" under each
 * committee, each closed by "Summa Kommunstyrelse", "Summa Familjenämnd") stay tables of their own.
 */

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The total's words after its total word name a section: letters, not only a note mark or number. */
export function namesItsSection(totalLabel: string): boolean {
  const words = totalLabel.trim().split(/\s+/);
  if (words.length < 2 || !isTotalLabelText(words[0]!)) return false;
  return words.slice(1).some((w) => /\p{L}{2,}/u.test(w));
}

/**
 * Whether the heading after a closing total begins a section of the same table: the total names
 * its section and no row label under the heading repeats a row label above it (totals aside).
 */
export function continuesStatement(totalLabel: string, labelsAbove: readonly string[], labelsBelow: readonly string[]): boolean {
  if (!namesItsSection(totalLabel)) return false;
  const isTotal = (l: string): boolean => isTotalLabelText(l.trim().split(/\s+/)[0] ?? '');
  const above = new Set(labelsAbove.filter((l) => l.trim() !== '' && !isTotal(l)).map(norm));
  return !labelsBelow.some((l) => !isTotal(l) && above.has(norm(l)));
}

/**
 * Whether a heading after a blank line goes on with the table: the row above the blank line is a
 * total that names its section ("Summa tillgångar", "Summa rörelsens intäkter"), so the heading
 * opens the statement's next section ("Skulder") rather than another table. A section may then
 * be as short as one row and its total.
 */
export function headingAfterClosedSection(labelBeforeBlank: string | null): boolean {
  return labelBeforeBlank !== null && namesItsSection(labelBeforeBlank);
}
