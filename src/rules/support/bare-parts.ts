import { parseCell } from '../../../grammars/amount/index.js';
import type { ProseAmount } from '../../model/amount.js';
import type { Document } from '../../model/document.js';
import { moneyUnit } from '../../tables/units.js';

/**
 * A list whose items give bare figures under a lead-in that states their unit once:
 *
 *   Medlen fördelas på tre områden (miljoner kronor):
 *   - Förebyggande arbete: 40
 *   - Utbildning – 36
 *
 * Each item's one figure, at its end after a colon or a dash or in parentheses, or first before
 * "till" ("- 40 till förebyggande arbete"), is an amount in
 * that unit. The lead-in must state a unit of money and no amount of its own; an item with no
 * figure, or more than one, makes the list no breakdown of money.
 */
const TAIL = /(?:[:–—-]\s*|\(\s*)([-−]?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?)\s*\)?\.?$/;
/** The figure first: "40 till förebyggande arbete", "36 går till utbildning". */
const HEAD = /^([-−]?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?)[ \u00a0]+(?:går[ \u00a0]+till|till|för)[ \u00a0]/i;
const DIGIT_RUN = /\d+/g;

export function bareParts(doc: Document, lead: number, items: readonly number[][]): ProseAmount[] | null {
  const unit = moneyUnit(doc.sentences[lead]!.text);
  if (!unit || unit.unit !== 'SEK') return null;
  const out: ProseAmount[] = [];
  for (const item of items) {
    if (item.length !== 1) return null;
    const s = doc.sentences[item[0]!]!;
    const text = s.text.trim();
    const m = TAIL.exec(text) ?? HEAD.exec(text);
    // The figure is the item's only one: "Insats 2: 40" or "40 (2024: 36)" speak of more.
    const rest = m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : '';
    if (!m || (rest.match(DIGIT_RUN) ?? []).length > 0) return null;
    const cell = parseCell(m[1]!.replace('−', '-'));
    if (!cell || cell.unit !== null) return null;
    out.push({
      value: cell.value.times(unit.scale),
      raw: m[1]!,
      unit: 'SEK',
      scale: unit.scale,
      precision: cell.precision.times(unit.scale),
      qualifier: 'exact',
      anomalies: [],
      location: { ...s.location, column: (s.location.column ?? 1) + m.index + m[0].indexOf(m[1]!) },
      context: s.text,
      sentence: item[0]!,
    });
  }
  return out;
}
