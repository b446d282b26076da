import type { Row } from '../model/table.js';

/** A label that is only a unit or scale: what a wrapped label's second line holds when the unit closes it. */
const UNIT_ONLY = /^\(?(?:1[\s\u00a0]?000-tal|tusental|tusentals|antal|procent|%|kr|kronor|tkr|mnkr|mkr|mdkr|miljoner kronor|tusen kronor)\)?$/i;

/**
 * A row label wrapped before its unit, the unit then led the line of figures: "I arbetskraften,"
 * on a line of its own, then "1 000-tal 289,4 164,4 …". The block finder reads the first line as
 * a row without figures (a heading) and the unit as the next row's whole label. A row without
 * figures whose label ends in a comma, right above a row whose label is only a unit, is the first
 * part of that row's label: the two are one row, "I arbetskraften, 1 000-tal". Nothing is lost:
 * the words move into the row that holds the figures.
 */
export function joinWrappedUnitLabels(rows: Row[]): void {
  for (let i = rows.length - 2; i >= 0; i--) {
    const head = rows[i]!;
    const next = rows[i + 1]!;
    if (head.kind !== 'other' || head.cells.some((c) => c.raw.trim() !== '') || !/,$/.test(head.label.trim())) continue;
    if (!UNIT_ONLY.test(next.label.trim()) || next.cells.every((c) => c.value === null)) continue;
    next.label = `${head.label.trim()} ${next.label.trim()}`;
    rows.splice(i, 1);
  }
}
