import { Decimal } from 'decimal.js';
import { parseCell } from '../../grammars/amount/index.js';
import { spelledUnit, splitNote } from '../layout/looks-numeric.js';

/**
 * A header can state a scale its figures do not have: "Medel (MKR)" over "215 942 447", a grant
 * written out in kronor. Read in millions that would be 216 000 miljarder kronor, more than
 * Sweden's yearly GDP many times over. No public money figure a document prints for one row
 * comes near LIMIT kronor, so a scale that lifts a column's figure past it is not the figures'
 * scale: they are read as written (base units) and marked uncertain, so that a sum over them
 * warns rather than errs.
 */
const LIMIT = new Decimal('1e13');

/** Whether `scale` applied to the figures of a column (cell texts) lifts one past LIMIT. */
export function scaleIsImplausible(texts: readonly string[], scale: number): boolean {
  if (scale === 1) return false;
  return texts.some((text) => {
    const parsed = parseCell(spelledUnit(splitNote(text.trim()).number));
    return parsed !== null && parsed.scale === 1 && parsed.unit !== 'percent' && parsed.written.abs().times(scale).gt(LIMIT);
  });
}
