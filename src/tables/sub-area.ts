import type { Row } from '../model/table.js';
import { matchRegion } from '../regions/index.js';

/**
 * A row naming part of an area ("del av Stockholms län", "delar av Norrbotten", "Västra Götalands
 * län (del av)", "Skåne län, del av") under the row of the whole area breaks out part of that
 * row, as a "varav" row does: summed again, it would count twice. Such rows become rows of
 * their own kind ('other', no county), like "varav" rows. Without the whole area's row above
 * them (other part rows of it may stand between), parts divide a larger whole ("hela Kronobergs
 * län", "del av Kalmar län" …) and stay addends.
 */
const PART_BEFORE = /^(?:[-−–•]\s*)?(?:(?:varav|därav)\s+)?del(?:ar)?\s+av\s+(\S.*)$/i;
/** The part's words after the area's name: ", del av", " (del av)", " (delar)". */
const PART_AFTER = /(?:,[ \t]?|[ \t]\()del(?:ar)?(?:[ \t]av)?\)?$/i;

/** The area a part row names a part of, or null when the label names no part. */
export function partOfArea(label: string): string | null {
  const t = label.trim();
  const before = PART_BEFORE.exec(t);
  if (before) return before[1]!.trim();
  const after = PART_AFTER.exec(t);
  return after && after.index > 0 ? t.slice(0, after.index).trim() : null;
}

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The same area: the same label, or labels naming the same county ("Stockholm" and "Stockholms län"). */
function sameArea(area: string, label: string): boolean {
  if (norm(area) === norm(label)) return true;
  const a = matchRegion(area);
  const b = matchRegion(label);
  return a !== null && b !== null && a.code === b.code;
}

export function subAreaParts(rows: Row[]): void {
  let whole: Row | null = null;
  for (const row of rows) {
    const area = row.kind === 'data' ? partOfArea(row.label) : null;
    if (area !== null && whole !== null && sameArea(area, whole.label)) {
      row.kind = 'other';
      row.region = null;
      continue;
    }
    whole = row.kind === 'data' ? row : null;
  }
}
