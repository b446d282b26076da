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

/** "Label | 2021 | 2022 | 2023": a label (maybe empty) over consecutive years. */
export function isYearHead(texts: string[]): boolean {
  const years = texts.slice(1);
  if (years.length < MIN_YEARS || !years.every((t) => YEAR.test(t))) return false;
  const ys = years.map(Number);
  const step = ys[1]! - ys[0]!;
  return (step === 1 || step === -1) && ys.every((y, k) => k === 0 || y - ys[k - 1]! === step);
}

/** True when a line of figures only (`texts`) goes on in a row of `have` cells short of `width`. */
export function continuesShortRow(have: number, texts: string[], width: number): boolean {
  return have < width && texts.length > 0 && have + texts.length <= width && texts.every((t) => looksNumeric(t));
}
