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
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const body = fracPart === undefined ? grouped : `${grouped}${decimal}${fracPart}`;
  return value.isNegative() && !value.isZero() ? MINUS + body : body;
}
