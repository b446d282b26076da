/**
 * A statement's note column ("Not", "Noter") is empty on most rows, and a page often leaves the
 * empty cell out altogether: a row with one value fewer than the columns whose first value is a
 * figure, not a note number ("Nettokostnad" / "-660" / "-740" under "Not" / "2024" / "2023"),
 * has its figures under the value columns, not one column to the left. Which cells a short row
 * left out the page does not say: the reader marks its values a guess either way.
 */
const NOTE_TITLE = /^not(?:er)?\.?$/i;
/** A note number or a list of them ("3", "3A", "22,23", "6, 7"). */
const NOTE_NUMBER = /^[1-9]\d?[a-z]?(?:,\s?[1-9]\d?[a-z]?)*$/i;

/**
 * The columns to skip before a short row's first value: 1 when the row leaves the note column
 * empty, else 0. A row with exactly as many values as value columns fills them, even when its
 * first figure could be a note ("Resultat" / "70" / "55"), unless that figure is whole where the
 * row's other figures have decimals ("29" / "164,0" / "163,4"): a note. `titles` are the
 * header's cells, label column first; `values` the row's value texts in order.
 */
export function noteGap(titles: readonly string[], values: readonly string[]): number {
  const at = titles.findIndex((t, i) => i > 0 && NOTE_TITLE.test(t.trim()));
  const first = values[0]?.trim() ?? '';
  if (at !== 1 || first === '') return 0;
  if (!NOTE_NUMBER.test(first)) return 1;
  const decimals = values.slice(1).some((v) => /\d,\d/.test(v));
  return values.length === titles.length - 2 && !decimals ? 1 : 0;
}
