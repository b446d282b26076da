import type { Grid } from '../layout/types.js';
import type { UnitScale } from './units.js';
import { isPercentLine } from '../layout/percent-line.js';

/**
 * Percent or percentage points stated in the sentence before a table, not in the table:
 * "Förändringen redovisas nedan i procentenheter:", "Tabellen visar andelen i procent.",
 * "Andel elever med godkända betyg (procent):". The table's figures are then percent, never
 * kronor. Also a line of its own above the table that names percent alone ("Procent").
 * Only when every figure could be one (at most three digits before the comma), so that a
 * lead-in speaking of a rise "i procent" does not change a table of amounts.
 */
const PERCENT_PHRASE = /\b(?:i|som|uttryckt i|angivet i|anges i)\s(?:procentenheter|procent|procentandelar)\b|\((?:procent|procentenheter|%)\)/i;
const MONEY = /\b(?:kronor|kr|tkr|mnkr|mdkr|mkr|miljoner|miljarder|euro)\b/i;
const SHARE_FIGURE = /^[-−–‑]?\d{1,3}(?:,\d{1,3})?\s?%?$/;
const PERCENT: UnitScale = { unit: 'percent', scale: 1 };
/** The lead-in's last sentence, or its end: the unit is stated close to the table. */
const MAX_TAIL = 300;

export function leadPercent(grid: Grid, figures: string[]): UnitScale | null {
  const lead = grid.unitNote?.text ?? grid.lead?.text;
  if (!lead) return null;
  const tail = lead.slice(-MAX_TAIL);
  // Or a line of its own that names percent alone ("Procent", "Andel, procent"): percent-line.ts.
  if (!isPercentLine(grid.unitNote?.text ?? '') && (!PERCENT_PHRASE.test(tail) || MONEY.test(tail))) return null;
  const filled = figures.map((f) => f.trim()).filter((f) => f !== '');
  if (filled.length === 0 || !filled.every((f) => SHARE_FIGURE.test(f))) return null;
  return PERCENT;
}
