/**
 * A balance sheet names its columns by the day the books closed, not by the year:
 * "2021-12-31 2020-12-31", or, as some publishing tools write it, "12/31/2021" or "31/12/2021".
 * Such a date heads a column just as a year does ("2021"); a header of them is a header of years.
 * Only a full date counts, a year first (ISO) or last (with slashes), so a ratio or a figure
 * ("1/2", "2021/22") never does.
 */
export const YEAR_OR_CLOSING_DATE = /^(?:(?:19|20)\d{2}|(?:19|20)\d{2}-[01]\d-[0-3]\d|[0-3]?\d\/[0-3]?\d\/(?:19|20)\d{2})$/;
