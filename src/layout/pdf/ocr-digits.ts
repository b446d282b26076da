import { groupThousands } from '../../messages/number.js';
/**
 * OCR splits and joins digit groups as the gaps in the scan happen to fall ("7 120223",
 * "6177 500", "10 161579"): the grouping is the recogniser's, not the document's. A cell of
 * digits whose groups after the first are whole runs of three is set in threes again, so it
 * reads as printed and no grouping fault is reported that the scan did not have. Anything else
 * ("1 442 638 1 169 688", two numbers run together; "85 6041") stays as read.
 */
const CELL = /^([-−–]?)(\d+(?:[ \u00a0\u202f\u2009]+\d+)*)$/;

export function regroupDigits(text: string): string {
  const m = CELL.exec(text.trim());
  if (!m) return text;
  const groups = m[2]!.split(/[ \u00a0\u202f\u2009]+/);
  if (groups.length < 2 || !groups.slice(1).every((g) => g.length % 3 === 0)) return text;
  const digits = groups.join('');
  if (digits.length > 1 && digits.startsWith('0')) return text;
  return m[1]! + groupThousands(digits, ' ');
}
