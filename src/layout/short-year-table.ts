/**
 * A table under a header that ends in a run of years ("Landsting/region 2013 2014 … 2023") is a
 * table from its first row: the years count its columns, so a row that holds exactly one figure
 * a year cannot be prose. Web pages cut off by a copy (or printed one row a region) leave such
 * tables with one or two rows, which the three rows other spaced tables need would drop. The
 * last year may be open ("≥ 2025", "2025-": that year and later) and a total column may close the
 * run ("… 2024 Totalt"): each is one column more than the years themselves.
 */
const YEAR = /^(?:19|20)\d{2}$/;
/** The last year open towards later ones: "2025-", "2025–", "2025+". */
const OPEN_YEAR = /^((?:19|20)\d{2})[-–+]$/;
/** The mark set apart before an open last year: "≥ 2025", "> 2025", "fr.o.m. 2025". */
const OPEN_MARK = /^(?:≥|>=?|fr\.?o\.?m\.?)$/i;
/** A total column after the years. */
const TOTAL = /^(?:totalt|total|summa)$/i;
/** Years in a row, each the one before plus or minus one, before a header counts the columns. */
const MIN_YEARS = 4;

/**
 * The titles of the columns a header's last line ends in when they are consecutive years (at
 * least MIN_YEARS, the last maybe open, then maybe a total column), and the words before them
 * (the label column's title); null when the line ends in no such run.
 */
export function yearRunTitles(raw: string): { label: string; columns: string[] } | null {
  const words = raw.trim().split(/\s+/);
  const total = words.length > 0 && TOTAL.test(words[words.length - 1]!) ? words[words.length - 1]! : null;
  let end = words.length - (total === null ? 0 : 1);
  // An open last year reads as its year, and a mark set apart before it belongs to its title.
  const open = end >= 1 ? OPEN_YEAR.exec(words[end - 1]!) : null;
  const mark = open === null && end >= 2 && YEAR.test(words[end - 1]!) && OPEN_MARK.test(words[end - 2]!);
  const years: string[] = [];
  const titles: string[] = [];
  if (open) {
    years.push(open[1]!);
    titles.push(words[end - 1]!);
    end--;
  } else if (mark) {
    years.push(words[end - 1]!);
    titles.push(`${words[end - 2]!} ${words[end - 1]!}`);
    end -= 2;
  }
  let step = 0;
  for (; end > 0 && YEAR.test(words[end - 1]!); end--) {
    const w = words[end - 1]!;
    if (years.length > 0) {
      const d = Number(years[years.length - 1]) - Number(w);
      if (Math.abs(d) !== 1 || (step !== 0 && d !== step)) break;
      step = d;
    }
    years.push(w);
    titles.push(w);
  }
  if (years.length < MIN_YEARS) return null;
  return { label: words.slice(0, end).join(' '), columns: [...titles.reverse(), ...(total === null ? [] : [total])] };
}

/** The number of columns yearRunTitles finds at the end of a header's last line, or 0. */
export function trailingYearRun(raw: string): number {
  return yearRunTitles(raw)?.columns.length ?? 0;
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

/**
 * Under a header whose years count the columns, the body a row after a break (a blank line, a
 * line of spaces, a heading) that can hold fewer values than there are columns, and so can the
 * data row after it, belongs to another table: a small table of one row under years is often set
 * between the sections of a larger one ("Förfallostruktur" / "2021 … ≥ 2025 Totalt" / one row, then
 * the next note's rows of two figures). Each row is its line index and the most values its figures
 * can be read as (null for a line of words); returns the index of the first row that belongs to
 * the other table, or -1.
 */
export function otherTableAt(headerLast: string | undefined, rows: readonly { at: number; max: number | null }[]): number {
  const years = headerLast === undefined ? 0 : trailingYearRun(headerLast);
  if (years === 0) return -1;
  const data = rows.map((r, k) => ({ ...r, k })).filter((r) => r.max !== null);
  for (let d = 1; d < data.length; d++) {
    const prev = data[d - 1]!;
    const row = data[d]!;
    const next = data[d + 1];
    if (row.at - prev.at < 2 || row.max! >= years || (next !== undefined && next.max! >= years)) continue;
    return prev.k + 1;
  }
  return -1;
}
