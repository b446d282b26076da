/**
 * A label in capitals names a part, not a sum, when it is an item of a group, set after a dash
 * or a bullet ("- BIS", "– SMF" under "Islamiska Samarbetsrådet"): abbreviations of member
 * organisations, listed as items. Section sums set in capitals stand without an item mark
 * ("SKOLA", "HÄLSO- OCH SJUKVÅRD", "TOTALA KOSTNADER"); a bare abbreviation ("FOI") cannot be
 * told from a short section word ("NETTO") by its letters, so it is left to the sum rule.
 */
const ITEM_MARK = /^[-–•]\s/;

/** True when a label in capitals is an item of a group, by the rule above. */
export function namesAPart(label: string): boolean {
  return ITEM_MARK.test(label.trim());
}
