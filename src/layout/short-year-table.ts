/**
 * A table under a header that ends in a run of years ("Landsting/region 2013 2014 … 2023") is a
 * table from its first row: the years count its columns, so a row that holds exactly one figure
 * a year cannot be prose. Web pages cut off by a copy (or printed one row a region) leave such
 * tables with one or two rows, which the three rows other spaced tables need would drop.
 */
const YEAR = /^(?:19|20)\d{2}$/;
/** Years in a row, each the one before plus or minus one, before a header counts the columns. */
const MIN_YEARS = 4;

/** The number of consecutive years the header's last line ends in, or 0 when fewer than MIN_YEARS. */
export function trailingYearRun(raw: string): number {
  const words = raw.trim().split(/\s+/);
  let n = 0;
  let step = 0;
  for (let k = words.length - 1; k >= 0 && YEAR.test(words[k]!); k--) {
    if (n > 0) {
      const d = Number(words[k + 1]) - Number(words[k]);
      if (Math.abs(d) !== 1 || (step !== 0 && d !== step)) break;
      step = d;
    }
    n++;
  }
  return n >= MIN_YEARS ? n : 0;
}

/**
 * Rows a spaced table needs: one when the header's last line ends in a run of years and some
 * row can be read with exactly one value a year, otherwise `usual`.
 */
export function rowsNeeded(headerLast: string | undefined, ranges: readonly ({ min: number; max: number } | null)[], usual: number): number {
  const years = headerLast === undefined ? 0 : trailingYearRun(headerLast);
  if (years === 0) return usual;
  return ranges.some((r) => r !== null && r.min <= years && r.max >= years) ? 1 : usual;
}
