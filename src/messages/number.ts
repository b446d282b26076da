import type { Decimal } from 'decimal.js';
import type { Lang } from './types.js';

/** Minus sign in both languages: U+2212, as in typeset text. */
const MINUS = '\u2212';

/** Digit grouping and decimal mark per language: Swedish "1 234 567,5", English "1,234,567.5". */
const STYLE: Record<Lang, { group: string; decimal: string }> = {
  sv: { group: ' ', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * A figure in a language's style, printed in full (no exponent, no rounding) so messages
 * show what was read, or with a fixed number of decimals when `digits` is given. The Swedish form is the amount grammar's own (grammars/amount/format.ts),
 * which reads it back.
 */
export function formatIn(lang: Lang, value: Decimal, digits?: number): string {
  const { group, decimal } = STYLE[lang];
  const [intPart = '0', fracPart] = (digits === undefined ? value.abs().toFixed() : value.abs().toFixed(digits)).split('.');
  const grouped = groupThousands(intPart, group);
  const body = fracPart === undefined ? grouped : `${grouped}${decimal}${fracPart}`;
  return value.isNegative() && !value.isZero() ? MINUS + body : body;
}

/**
 * Digits set in threes from the right with `sep` between ("1234567" → "1 234 567"). A loop, not
 * the usual look-ahead pattern, which is quadratic in the digits: a document may print a number
 * of thousands of digits, and the messages about it print it in full.
 */
export function groupThousands(digits: string, sep: string): string {
  const head = digits.length % 3 || 3;
  const parts = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(sep);
}
