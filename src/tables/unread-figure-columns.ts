/**
 * A table a page marks up as one (Markdown, HTML, tabs) whose columns hold figures in a form no
 * reading takes ("12'500", "4 500 kr/st", "1.250,-") is left as prose, and its figures are read
 * as nothing. Such a column is reported, so that a table nobody checked is said, not hidden.
 *
 * A figure here is a cell of digits and the marks put between them (spaces, dots, commas,
 * apostrophes, colons, dashes), with three digits or more. Dates, times, telephone numbers, years
 * and ranges of years are shapes of their own, never values: they are left alone.
 */
const FIGURE_LIKE = /^[-−–+]?\d[\d\s.,'’:\-–]*\d(?:\s?[\p{L}%/.,:\-]{1,6})?$/u;
const NOT_VALUE = [
  /^\d{4}-\d{2}-\d{2}$/, // 2021-03-15
  /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/, // 15.3.2021, 15/03/21
  /^\d{1,2}[.:]\d{2}(?:\s?[-–]\s?\d{1,2}[.:]\d{2})?$/, // 09.00, 9:30–11:00
  /^0\d{1,3}[-–\s]\d[\d\s]{3,}$/, // 08-123 45 67
  /^\d{6}-\d{4}$/, // 802012-3456, an organisation number
  /^(?:19|20)\d{2}(?:\s?[-–/]\s?(?:19|20)?\d{2})?$/, // 2021, 2021–2022, 2021/22
];
const EXPLICIT = new Set(['gfm', 'html', 'tab']);

function digits(text: string): number {
  return text.replace(/\D/g, '').length;
}

export function isUnreadFigure(text: string): boolean {
  const t = text.replace(/\s+/g, ' ').trim();
  return FIGURE_LIKE.test(t) && digits(t) >= 3 && !NOT_VALUE.some((re) => re.test(t));
}

/**
 * The columns (by index) of an explicit table's body in which at least two cells, and half the
 * filled ones, are figures no reading took. `columns[c]` is column c's body cells, top to bottom.
 */
export function unreadFigureColumns(source: string, columns: readonly (readonly string[])[], labelCol: number): number[] {
  if (!EXPLICIT.has(source)) return [];
  const out: number[] = [];
  columns.forEach((cells, c) => {
    if (c === labelCol) return;
    const filled = cells.map((t) => t.trim()).filter((t) => t !== '');
    const figures = filled.filter(isUnreadFigure).length;
    if (figures >= 2 && figures * 2 >= filled.length) out.push(c);
  });
  return out;
}
