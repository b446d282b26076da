/**
 * A web table pasted one cell a line drops its empty cells altogether: a row whose cells are all
 * empty ("Extraordinära poster", "Vissa realisationsvinster …") is left as its label alone, and
 * several such rows may follow each other. Inside a table (after a full row) a short run of them,
 * ended by a row with its values, is rows of the table with every cell empty, not text after it.
 * Once the table has two full rows: after one, the labels may be the next table's caption.
 */
export const MAX_LABEL_ONLY_ROWS = 6;
/**
 * Full rows the table must already have: after one row, labels alone may as well be the captions
 * and headings of the next table ("Bilaga 2." / "(miljoner kronor)" / "Tillskott …").
 */
export const MIN_FULL_BEFORE_EMPTY_ROWS = 2;
/**
 * Columns (the label's included) the table must have: under one figure column, labels alone are
 * far likelier section headings ("Öppen fritidsverksamhet" / "Per månad") than rows left empty.
 */
export const MIN_COLUMNS_FOR_EMPTY_ROWS = 3;

/** A label that can be a row's: not a unit in parentheses ("(miljoner kronor)"), not a heading ending in ":". */
export const rowLabelText = (text: string): boolean => !/^\(|:$/.test(text.trim());

/**
 * How many units from `at` are labels of rows without values, or 0 when the run is not one:
 * each a label (`isRowLabel`), at most MAX_LABEL_ONLY_ROWS of them, and the unit after the run a
 * label whose values follow (`recordAt`).
 */
export function labelOnlyRun(at: number, isRowLabel: (j: number) => boolean, recordAt: (j: number) => boolean): number {
  let n = 0;
  while (n < MAX_LABEL_ONLY_ROWS && isRowLabel(at + n) && !recordAt(at + n)) n++;
  return n > 0 && recordAt(at + n) ? n : 0;
}
