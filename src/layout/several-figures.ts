/**
 * A line of figures set apart by single spaces that no digit grouping reads as one value:
 *
 *   9 851 017 4 930 966 4 920 051      ("017 4": a group of one digit inside a number)
 *   1 301 316 647 109 654 207          (seven groups: 19 digits, no table's figure)
 *
 * is a row's cells on one line, not one cell. Readers of tables pasted one cell a line use it to
 * leave such a table to the reader of single-spaced columns, which splits the line by its sums.
 */
const TOKEN = /^[-−–‑+]?\d+(?:,\d+)?%?$/;
/** One value: a sign, a first group of one to three digits, groups of three, a decimal part. */
const ONE_VALUE = /^[-−–‑+]?\d{1,3}(?: \d{3})*(?:,\d+)?\s?%?$/;
/** More integer digits than this is no one figure of a table (a trillion kronor has 13). */
const MAX_DIGITS = 15;

export function holdsSeveralFigures(text: string): boolean {
  const t = text.trim().replace(/[\u00a0\u202f\u2009]/g, ' ');
  const toks = t.split(/ +/);
  if (toks.length < 2 || !toks.every((x) => TOKEN.test(x))) return false;
  if (!ONE_VALUE.test(t)) return true;
  return t.split(',')[0]!.replace(/\D/g, '').length > MAX_DIGITS;
}

/** A grid read one cell a line whose figure cells, half of them or more, each hold several figures: a misreading of rows on lines. */
export function readsRowLinesAsCells(rows: readonly { cells: readonly { text: string; header: boolean }[] }[]): boolean {
  const figures = rows.flatMap((r) => r.cells.slice(1)).filter((c) => !c.header && /\d/.test(c.text));
  return figures.length > 0 && figures.filter((c) => holdsSeveralFigures(c.text)).length * 2 >= figures.length;
}
