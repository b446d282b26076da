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

/**
 * A division that splits counties (landscapes, districts) lists each of its units and under it
 * the counties' parts it holds: "Halland" / "del av Skåne län" / "del av Hallands län", "Gotland" /
 * "hela Gotlands län". The rows under a unit break it out, as "varav" rows do: summed again
 * beside the units, a landsdel's sum above them would count each figure twice. A run of such
 * rows under a row of another name is the unit's breakdown where its figures add up to the
 * unit's in every column, exactly; once one run in the table does, the table is read so, and
 * every run under a unit is its breakdown (a run that does not add up is then a slip in that
 * run, never an addend of the sums above).
 */
const WHOLE_COUNTY = /^hela\s+\S.*\blän$/i;
const namesCountyPart = (label: string): boolean => partOfArea(label) !== null || WHOLE_COUNTY.test(label.trim());

function addsUp(unit: Row, run: readonly Row[]): boolean {
  let compared = false;
  for (let c = 0; c < unit.cells.length; c++) {
    const stated = unit.cells[c]?.value;
    if (stated == null) continue;
    const values = run.map((r) => r.cells[c]?.value).filter((v): v is NonNullable<typeof v> => v != null);
    if (values.length === 0) return false;
    if (!values.reduce((a, b) => a.plus(b)).equals(stated)) return false;
    compared = true;
  }
  return compared;
}

function divisionBreakdowns(rows: Row[]): void {
  const runs: { unit: Row; run: Row[] }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const unit = rows[i]!;
    if (unit.kind !== 'data' || namesCountyPart(unit.label)) continue;
    const run: Row[] = [];
    for (let j = i + 1; j < rows.length && (rows[j]!.kind === 'data' || rows[j]!.kind === 'other') && namesCountyPart(rows[j]!.label); j++) run.push(rows[j]!);
    if (run.length > 0) runs.push({ unit, run });
  }
  if (!runs.some(({ unit, run }) => addsUp(unit, run))) return;
  for (const { run } of runs) {
    for (const row of run) {
      row.kind = 'other';
      // A part names no county of its own; the whole county ("hela Gotlands län") still is one.
      if (partOfArea(row.label) !== null) row.region = null;
    }
  }
}

export function subAreaParts(rows: Row[]): void {
  divisionBreakdowns(rows);
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
