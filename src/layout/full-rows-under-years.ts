/**
 * A small single-spaced table under a header of years, rows short of figures:
 *
 *   Överenskommelse 2021 2022
 *   Psykisk hälsa 4 500 5 000
 *   Kvinnors hälsa 2 000
 *   Cancer 1 500
 *   Summa 6 000 7 000
 *
 * A header of one line closed by years ("Överenskommelse 2021 2022") counts the columns, so a
 * table as wide as it names needs only two rows that fill every column for its width to be sure,
 * when it has four rows of figures or more: the short rows are placed as any
 * short row is (by the sums, else by the sizes of the columns, its cells uncertain), rather than
 * the whole table left unread. Without such a line (titles that each name a year, "Alla 2022
 * Kvinnor 2022", or lines of titles) the count is less sure, and three full rows stay needed.
 */
const FULL_ROWS_UNDER_YEARS = 2;
const MIN_DATA_ROWS = 4;

export function fullRowsNeeded(usual: number, countedByYears: boolean, dataRows: number): number {
  return countedByYears && dataRows >= MIN_DATA_ROWS ? Math.min(usual, FULL_ROWS_UNDER_YEARS) : usual;
}
