/**
 * A column of row numbers (a rank list's places, an export's row ids) pasted one cell a line
 * before each row's label: "1" / "Uppsala" / "7 302" / "2" / "Gotland" / "5 165". Read as values,
 * each number would close the row above as one more figure, and the first row would lose its
 * label. Numbers that count up by one, record after record, each right before a label, are the
 * rows' numbers: they open the records, as a code column's codes do.
 */

/** Records whose numbers must count up before the column is taken for row numbers. */
export const MIN_NUMBERED = 3;

const ROW_NUMBER = /^\d{1,4}$/;

/**
 * Whether the cells at p, p+k, p+2k … (MIN_NUMBERED of them) are whole numbers counting up by
 * one, each followed by a label cell. `isLabel` is the reader's own test of a label cell.
 */
export function rowNumbersLead(texts: readonly (string | undefined)[], p: number, k: number, isLabel: (text: string) => boolean): boolean {
  if (k < 3) return false;
  let first: number | null = null;
  for (let j = 0; j < MIN_NUMBERED; j++) {
    const n = texts[p + j * k]?.trim();
    const label = texts[p + j * k + 1];
    if (n === undefined || !ROW_NUMBER.test(n) || label === undefined || !isLabel(label)) return false;
    first ??= Number(n);
    if (Number(n) !== first + j) return false;
  }
  return true;
}

/**
 * Whether each of MIN_NUMBERED records of k cells from p (a label, then figures) ends in a whole
 * number one more than the record before's: the row numbers pasted after each row instead.
 */
export function rowNumbersTrail(texts: readonly (string | undefined)[], p: number, k: number, isLabel: (text: string) => boolean): boolean {
  if (k < 3) return false;
  let first: number | null = null;
  for (let j = 0; j < MIN_NUMBERED; j++) {
    const label = texts[p + j * k];
    const n = texts[p + j * k + k - 1]?.trim();
    if (label === undefined || !isLabel(label) || n === undefined || !ROW_NUMBER.test(n)) return false;
    first ??= Number(n);
    if (Number(n) !== first + j) return false;
  }
  return true;
}

/**
 * A title line that opens with "#" over a column of row numbers, its titles spaced as the rows
 * under it ("#    Kommun    Bidrag" / "1    Ale    20"): the table's header, not a Markdown
 * heading. The "#" stands alone, two titles more follow, and the next line opens with 0 or 1.
 */
export function isNumberTitleLine(raw: string, next: string | undefined): boolean {
  return /^#\s{2,}\S+(?:\s\S+)*\s{2,}\S/.test(raw) && next !== undefined && /^\s*[01]\s{2,}\S.*\S\s{2,}\S/.test(next);
}
