import type { Column } from '../model/table.js';
import { moneyUnit, RATE_HEADER, type UnitScale } from './units.js';

/**
 * A caption that names the measures of a headerless table in column order, each with its unit:
 *
 *   "Totalt belopp i miljoner kronor och belopp i kronor per invånare."
 *   "Bidrag (tkr), kronor per elev"
 *
 * gives each column its own unit, in order, when it names exactly as many measures as the table
 * has value columns and they differ. The per-capita measure is a rate, never summed. Without
 * this the caption's first unit would be read for every column (kronor per invånare as millions).
 */
const PARTS = /[,;]|\soch\s/;

function measures(caption: string): { unit: UnitScale; rate: boolean }[] {
  const out: { unit: UnitScale; rate: boolean }[] = [];
  for (const part of caption.split(PARTS)) {
    const unit = moneyUnit(part);
    if (unit) out.push({ unit, rate: RATE_HEADER.test(part) || /\bkr\/|\/\s*(?:per\s+)?inv/i.test(part) });
  }
  return out;
}

export function captionColumnUnits(caption: string | undefined, columns: Column[]): void {
  if (!caption || columns.length < 2 || columns.some((c) => c.header.length > 0)) return;
  const found = measures(caption);
  if (found.length !== columns.length) return;
  if (found.every((m) => m.unit.scale === found[0]!.unit.scale && m.rate === found[0]!.rate)) return;
  found.forEach((m, k) => {
    const col = columns[k]!;
    col.unit = m.unit.unit;
    col.scale = m.unit.scale;
    delete col.unitGuessed;
    if (m.rate) col.rate = true;
  });
}
