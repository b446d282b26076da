/**
 * A span of years written as a cell ("2019-2020", "2021–2023"): when a project is to be finished,
 * the years a plan covers. In a row pasted one cell a line it stands where a value goes, beside
 * the row's figures; read as a label it would open a row of its own and take the next row's
 * figures. It is no amount: a column of them labels the rows (row-number-column.ts).
 */
const YEAR_SPAN = /^(?:19|20)\d{2}\s?[-–]\s?(?:19|20)\d{2}$/;

export function isYearSpan(text: string): boolean {
  return YEAR_SPAN.test(text.trim());
}

