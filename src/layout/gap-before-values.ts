/**
 * A single-spaced row copied from a web table whose empty cells came out as a run of spaces:
 *
 *   Valör Nya mynt Äldre mynt Totalt
 *   5 89 1 103 1 191
 *   10     2 320
 *   Minnesmynt     37
 *
 * Where the rest of the table is set apart by single spaces, a run of MIN_GAP spaces or more
 * stands where cells were left empty: a year and note marks before it close the row's label
 * ("Sedlar ogiltiga 2016 *     1 209"), and the figures after it fill a short row's last columns,
 * not its first.
 */
const MIN_GAP = 3;

/** A year that closes a label, or a note mark after it: what may stand before the gap and still be the label's. */
const LABEL_END = /^(?:(?:19|20)\d{2}|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$/;

/**
 * The index of the first token after a wide gap inside the tokens from `at` on, when the tokens
 * before it there are a year and note marks only (they close the label); else `at`.
 */
export function afterWideGap(toks: readonly { text: string; from: number; to: number }[], at: number): number {
  for (let k = at + 1; k < toks.length; k++) {
    if (!LABEL_END.test(toks[k - 1]!.text)) return at;
    if (toks[k]!.from - toks[k - 1]!.to >= MIN_GAP) return k;
  }
  return at;
}

/** Whether the row's figures stand after a wide gap (no figure before it). */
export function valuesAfterGap(toks: readonly { from: number; to: number }[], runAt: number): boolean {
  return runAt > 0 && runAt < toks.length && toks[runAt]!.from - toks[runAt - 1]!.to >= MIN_GAP;
}

/**
 * A short row's figures, placed side by side where their sizes suggested, moved to its last
 * columns in their order; a row placed with a blank between its figures (a blank cell its run
 * showed) as it was.
 */
export function toLastColumns<T>(values: readonly (T | null | undefined)[], width: number): (T | null | undefined)[] {
  const at = values.map((v, c) => (v !== null && v !== undefined ? c : -1)).filter((c) => c >= 0);
  const n = at.length;
  if (n === 0 || n >= width || at[n - 1]! - at[0]! !== n - 1) return [...values];
  return [...new Array<T | null>(width - n).fill(null), ...(values.slice(at[0]!, at[0]! + n) as T[])];
}
