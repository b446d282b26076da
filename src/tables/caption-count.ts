import type { UnitScale } from './units.js';

/**
 * A table whose caption, or short title line above it, says it counts ("Tabell 7. Antal ärenden
 * per län", "Antal beviljade ansökningar 2024") holds counts in the columns that name no unit of their own, when the caption
 * names no money: so "Ärenden 2024" under it is a count, not kronor.
 */
const COUNT_CAPTION = /^(?:(?:tabell|tab\.|figur)\s*\d+[a-z]?[.:]?\s+)?antal\b/i;

/** A title line just above the table not taken as its caption: short, and no sentence. */
const MAX_TITLE = 80;

export function captionCount(caption: string | undefined, lead?: string): UnitScale | null {
  const title = caption ?? (lead !== undefined && lead.trim().length <= MAX_TITLE && !/[.!?:]$/.test(lead.trim()) ? lead : undefined);
  return title !== undefined && COUNT_CAPTION.test(title.trim()) ? { unit: 'count', scale: 1 } : null;
}
