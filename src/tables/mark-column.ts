/**
 * A column with no title that holds only marks ("*" beside the parties that took part in the
 * seat distribution, "**" beside a preliminary figure) says something of each row it marks, as a
 * note does: it is no second label column, so "Centerpartiet (C)" stays the row's label instead of
 * "Centerpartiet (C) | *". Two marked rows or more, every filled cell a run of one to three
 * asterisks or a dagger.
 */
const MARK = /^(?:\*{1,3}|[†‡])$/;

export function isMarkColumn(header: string, cells: readonly string[]): boolean {
  if (header.trim() !== '') return false;
  const filled = cells.map((t) => t.trim()).filter((t) => t !== '');
  return filled.length >= 2 && filled.every((t) => MARK.test(t));
}
