import { Decimal } from 'decimal.js';
import type { UnitScale } from './units.js';

/**
 * A column of shares printed without a % sign: "Ägarfördelning" 25 / 50 / 25, "Fördelning"
 * 30 / 70 / 100. Its unit is percent, never money, whatever the table's money unit or a money
 * word in the caption says.
 */
const PERCENT: UnitScale = { unit: 'percent', scale: 1 };

/** A header that names a share by itself: "Ägarfördelning", "Procentsats", "Fördelningsnyckel (%)", "Andel i procent". */
const SHARE_HEADER = /ägarfördelning|procentsats|procentuell|fördelningsnyckel|(?<![\p{L}\d_])proportion|(?<![\p{L}\d_])ägarandel/iu;
/** A header that may name shares or amounts ("Fördelning", "Fördelning mellan parterna"): the figures decide. */
const MAYBE_SHARE = /^fördelning\b/i;
/** Any unit in the header settles it as that unit. */
const UNIT_WORD = /\b(?:kr|kronor|tkr|mnkr|mdkr|mkr|sek|euro|antal|st)\b|€/i;
/** A share as printed: up to three digits, a decimal comma. */
const SHARE = /^\d{1,3}(?:,\d{1,2})?$/;
const HUNDRED = new Decimal(100);

function asShare(text: string): Decimal | null {
  const t = text.trim();
  return SHARE.test(t) ? new Decimal(t.replace(',', '.')) : null;
}

/** The figures sum to 100 within the rounding of their last digits, with or without a total row of 100 last. */
function hundredInAll(cells: string[]): boolean {
  const values: Decimal[] = [];
  for (const c of cells) {
    if (c.trim() === '') continue;
    const v = asShare(c);
    if (v === null || v.gt(HUNDRED)) return false;
    values.push(v);
  }
  if (values.length < 2) return false;
  const last = values[values.length - 1]!;
  const parts = last.eq(HUNDRED) ? values.slice(0, -1) : values;
  if (parts.length < 2) return false;
  // Each printed share may be off by half its last unit (whole percent: ±0,5).
  const slack = new Decimal(0.5).times(parts.length);
  return parts.reduce((a, b) => a.plus(b), new Decimal(0)).minus(HUNDRED).abs().lte(slack);
}

/** `tableUnit`: the table states a unit (caption, lead-in); then "Fördelning" 40 / 60 / 100 may be 100 mnkr shared out. */
export function shareUnit(header: string, cells: string[], tableUnit: boolean): UnitScale | null {
  if (header === '' || UNIT_WORD.test(header)) return null;
  if (SHARE_HEADER.test(header)) return PERCENT;
  if (!tableUnit && MAYBE_SHARE.test(header.trim()) && hundredInAll(cells)) return PERCENT;
  return null;
}
