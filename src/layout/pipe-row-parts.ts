import { looksNumeric } from './looks-numeric.js';

/**
 * Two shapes of web tables copied with their pipes (`Cell | Cell |`, one row a line):
 *
 *   Nybyggnad | 2021 | 2022 | 2023 |      a label over years: the header, whatever figures follow
 *   Småhus |                              a row whose cells wrapped onto the next lines, as a
 *   13 600 |                              cell with a line break inside it copies: the lines of
 *   14 500 | 12 000 |                     figures only continue the row until it is full
 *
 * A line of years is a header when they run one a year (2021, 2022, 2023, or back from the
 * latest); figures that happen to be years do not. A line of figures only continues the row
 * above when that row is short of the table's width and the figures fill no more than the rest.
 */
const YEAR = /^(?:19|20)\d{2}$/;
const MIN_YEARS = 2;

/** Consecutive years (one a year, up or down), at least MIN_YEARS of them. */
function consecutive(ys: number[]): boolean {
  if (ys.length < MIN_YEARS) return false;
  const step = ys[1]! - ys[0]!;
  return (step === 1 || step === -1) && ys.every((y, k) => k === 0 || y - ys[k - 1]! === step);
}

/** Years cut where they start again ("2019 2020 2019 2020": the same years under each group). */
function yearRuns(ys: number[]): number[][] {
  const runs: number[][] = [];
  for (const y of ys) {
    const run = runs[runs.length - 1];
    const step = run && run.length >= 2 ? run[1]! - run[0]! : null;
    const prev = run?.[run.length - 1];
    if (run && prev !== undefined && (step === null ? Math.abs(y - prev) === 1 : y - prev === step)) run.push(y);
    else runs.push([y]);
  }
  return runs;
}

/** A unit's sign standing as a column title ("%", "‰"). */
const UNIT_SIGN = /^[%‰]$/;

/**
 * "Label | 2021 | 2022 | 2023": a label (maybe empty) over consecutive years. Titles in words may
 * stand among them ("Verksamhet | Beviljat totalt | 2006 | 2007 |"), and the same years may stand
 * under each group ("Län | 2019 | 2020 | 2019 | 2020 | Förändring |"): a row of figures has no
 * words among its figures, and years in it would not run one a year, group after group.
 */
export function isYearHead(texts: string[]): boolean {
  const cells = texts.slice(1);
  if (cells.every((t) => YEAR.test(t))) return consecutive(cells.map(Number)) || (cells.length >= 4 && sameRuns(cells.map(Number)));
  // A unit's sign is a title too ("Kod | % | 2019 | 2020 |": the stub column's title is its unit).
  // So is an empty cell: the names' column beside a code column may be untitled ("Kod |  | 2019 | 2020 |").
  const titled = cells.every((t) => YEAR.test(t) || t === '' || ((/\p{L}/u.test(t) || UNIT_SIGN.test(t)) && !/\d/.test(t)));
  if (!titled) return false;
  // Each stretch of years between the titles runs one a year, or repeats the same years.
  const stretches: number[][] = [];
  let cur: number[] = [];
  for (const t of cells) {
    if (YEAR.test(t)) cur.push(Number(t));
    else if (cur.length > 0) {
      stretches.push(cur);
      cur = [];
    }
  }
  if (cur.length > 0) stretches.push(cur);
  return stretches.length > 0 && stretches.every((ys) => consecutive(ys) || sameRuns(ys));
}

/** The same consecutive years again and again ("2019 2020 2019 2020"). */
function sameRuns(ys: number[]): boolean {
  const runs = yearRuns(ys);
  return runs.length >= 2 && runs.every((r) => consecutive(r) && r.join() === runs[0]!.join());
}

/** True when a line of figures only (`texts`) goes on in a row of `have` cells short of `width`. */
export function continuesShortRow(have: number, texts: string[], width: number): boolean {
  return have < width && texts.length > 0 && have + texts.length <= width && texts.every((t) => looksNumeric(t));
}

/** Cell bounds of a row closed by a pipe, up to the last pipe, without the empty cells at the end. */
export function closedRowSpans(raw: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '|') continue;
    spans.push([from, i]);
    from = i + 1;
  }
  while (spans.length > 0 && raw.slice(...spans[spans.length - 1]!).trim() === '') spans.pop();
  return spans;
}
