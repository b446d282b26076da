import { columnUnit, moneyUnit, type UnitScale } from './units.js';

/**
 * The title over the labels that names what the figures count: "Antal", "Antal ansökningar",
 * "Antal personer". It stands nearer the figures than a caption, so the figures are a count, not
 * money, whatever unit the caption or a line above the table names ("Utbetalt stöd, tkr" over
 * "Antal | 2023 | 2024"): a count never gets a currency. A column whose own title names money
 * keeps it. Null for any other title, for one that names money too ("Antal (tkr)"), and where the
 * labels are themselves counts ("Antal barn" over "1", "2", "3 eller fler"): the title then names
 * the rows, not the figures.
 */
const COUNT_TITLE = /^antal\b/i;

export function stubCount(labelHeader: string, labels: readonly string[]): UnitScale | null {
  const t = labelHeader.trim();
  if (!COUNT_TITLE.test(t) || moneyUnit(t) !== null) return null;
  const named = labels.filter((l) => l.trim() !== '');
  if (named.filter((l) => /^\p{L}/u.test(l.trim())).length * 2 <= named.length) return null;
  const u = columnUnit(t);
  return u !== null && (u.unit === 'count' || u.unit === 'persons') ? u : null;
}
