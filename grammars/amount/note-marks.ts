/**
 * A note mark set right after a number ("1 200³ miljoner kronor", "500* kr", "45¹ procent", a
 * `<sup>` read as a superscript) is not part of the amount, but read as it stands it ends the
 * amount before its unit: "miljoner kronor" was lost, or the amount with it. Superscript digits and
 * brackets, asterisks and daggers directly after a digit, followed by a space, punctuation or the
 * end, are read as spaces, one character for one, so every offset into the text holds and the
 * amount's raw text, taken from the original, keeps its mark.
 */
const MARKS = '¹²³⁴⁵⁶⁷⁸⁹⁰⁽⁾*†‡';
const MAY_HOLD = new RegExp(`\\d[${MARKS}]`);
// At most four marks ("³⁾", "**"), so the run cannot grow without bound.
const MARK_AFTER_DIGIT = new RegExp(`(?<=\\d)[${MARKS}]{1,4}(?=$|[\\s,.;:)])`, 'g');

export function noteMarksAsSpaces(text: string): string {
  if (!MAY_HOLD.test(text)) return text;
  return text.replace(MARK_AFTER_DIGIT, (m) => ' '.repeat(m.length));
}
