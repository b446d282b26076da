import { parseCell } from '../../grammars/amount/index.js';
import { isBlankMarker, isDash, splitNote } from '../layout/looks-numeric.js';

/**
 * A column whose every cell states money in its own words ("103,7 miljoner kronor", "12 mnkr",
 * "450 000 kr"), as the items of a list in a press release do, is a column of kronor although no
 * header says so: a person reads each item's unit. Cells without a unit of their own, or of
 * another unit, leave the column as it was. A note after the unit ("246 kronor per timme",
 * "195 kronor (engångskostnad)") does not change the unit, nor does a cell that gives no figure
 * ("-", "..", "<5": nothing, or not given), which has no unit to state.
 */
const MIN_CELLS = 2;

export function cellsStateMoney(texts: readonly string[]): boolean {
  const filled = texts.map((s) => s.trim()).filter((s) => s !== '' && !isDash(s) && !isBlankMarker(s));
  if (filled.length < MIN_CELLS) return false;
  return filled.every((s) => parseCell(splitNote(s).number)?.unit === 'SEK');
}

/** A column whose cells say what each amount is paid per ("per timme", "/månad"): prices, never parts of a sum. */
export function cellsArePrices(texts: readonly string[]): boolean {
  return texts.some((s) => splitNote(s).rate === true);
}
