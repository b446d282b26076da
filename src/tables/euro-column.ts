import { euroCell, joinSpacedDecimal } from '../layout/euro-cell.js';
import { isBlankMarker, isDash, splitNote } from '../layout/looks-numeric.js';

/**
 * A value cell as the amount grammar can read it: the euro sign or word taken off ("1 039,50 €",
 * "12,5 milj. euro"; layout/euro-cell.ts) and a decimal set apart from its comma closed up
 * ("1 039, 50"). `euro`: the cell named euro as its currency; `spaced`: the decimals were joined
 * by reading, so the figure is a reading, not a certainty.
 */
export interface EuroFigure {
  text: string;
  euro: boolean;
  spaced: boolean;
}

export function euroFigure(text: string): EuroFigure {
  const euro = euroCell(text);
  const number = euro?.number ?? text;
  const joined = joinSpacedDecimal(number);
  return { text: joined ?? number, euro: euro !== null, spaced: joined !== null };
}

const MIN_CELLS = 2;

/**
 * A column whose every cell with a figure names euro ("48,75 €", "1 200 euro") is a column of
 * euro although no header says so, as cell-money.ts reads a column of kronor.
 */
export function cellsStateEuro(texts: readonly string[]): boolean {
  const filled = texts.map((s) => s.trim()).filter((s) => s !== '' && !isDash(s) && !isBlankMarker(s));
  if (filled.length < MIN_CELLS) return false;
  return filled.every((s) => euroCell(splitNote(s).number) !== null);
}
