/**
 * A row label that ends in a number ("Statsskuldsräntor UO 26", "UO 1–25 och 27", "Kategori 3")
 * before values set apart by single spaces: the number is read into the run of values, where it
 * either makes one value too many ("26 47,3 48,2 …" under five columns) or joins the first
 * value as a digit group ("27 721,9" where the column's values are written "863,7", "815,5").
 * Either way the number belongs to the label:
 * - a run that cannot be read with as few values as the table has columns, but can without its
 *   first token (or two), gives them back;
 * - a first token of one to three digits that would join a decimal value of three digits
 *   ("27 721,9"), in a table whose other rows open with decimal values no digit group joins
 *   ("863,7 901,3 …"), is given back when the run still reads as the table's columns without it,
 *   unless the label closes with its unit ("Balansomslutning, mnkr 537 446,3 …" in a key-figure
 *   table whose other rows are small): a figure after the unit is a value.
 * The cells are read from digit groups either way (`readBy: "spaced"`), so a sum over them warns.
 */
export interface RunLine {
  toks: { text: string }[];
  /** Index of the first token of the run of values. */
  runAt: number;
  range: { min: number; max: number } | null;
}

type Range = (run: string[]) => { min: number; max: number } | null;

const SMALL_INT = /^\d{1,3}$/;
const LABEL_YEAR = /^(?:19|20)\d{2}$/;
const DECIMAL_GROUP = /^\d{3},\d+$/;
const PLAIN_DECIMAL = /^[-−–]?\d{1,3},\d+$/;
/** A label that closes with its unit ("Balansomslutning, mnkr 537 446,3 …"): the figures follow it, none is the label's. */
const UNIT_LAST = /^\(?(?:tkr|mnkr|mkr|mdkr|kr|kronor|msek|tsek|sek|%|procent)\)?$/i;
/** Most tokens given back: "UO 26", "avsnitt 2 3" would be odd labels beyond that. */
const MAX_BACK = 2;

const fits = (r: { min: number; max: number } | null, width: number): boolean => r !== null && r.min <= width && width <= r.max;

/** Gives each line's leading label numbers back to its label (moves `runAt`), by the rules above. */
export function giveBackLabelNumbers(lines: RunLine[], width: number, range: Range): void {
  const runOf = (l: RunLine, k = 0): string[] => l.toks.slice(l.runAt + k).map((t) => t.text);
  // Rows whose run opens with a decimal value of one to three digits and no group before it.
  const plainFirst = lines.filter((l) => l.runAt > 0 && PLAIN_DECIMAL.test(runOf(l)[0] ?? '')).length;
  const groupedFirst = lines.filter((l) => {
    const run = runOf(l);
    return run.length > 1 && SMALL_INT.test(run[0]!) && DECIMAL_GROUP.test(run[1]!);
  });
  for (const l of lines) {
    if (l.runAt === 0 || !l.range) continue;
    const run = runOf(l);
    let back = 0;
    if (l.range.min > width) {
      for (let k = 1; k <= MAX_BACK && k < run.length; k++) {
        // A year may close the label too ("Totalt 2006 12 699 …"), alone.
        if ((run.slice(0, k).every((t) => SMALL_INT.test(t)) || (k === 1 && LABEL_YEAR.test(run[0]!))) && fits(range(run.slice(k)), width)) {
          back = k;
          break;
        }
      }
    } else if (groupedFirst.includes(l) && groupedFirst.length * 2 < plainFirst && !UNIT_LAST.test(l.toks[l.runAt - 1]!.text) && fits(range(run.slice(1)), width)) {
      back = 1;
    }
    if (back === 0) continue;
    l.runAt += back;
    l.range = range(runOf(l));
  }
}

/**
 * Under a note column, a year that opens a row's run stands where the row's note would: a note is
 * a small number, never a year, so the year closes the label ("Pensionsåtaganden före 1998 533,6
 * 601,0 533,6 601,0", "Lån upptagna 2015 12,0 14,5") when the rest of the run reads as the row's
 * values without notes (`values`: the columns but the note columns).
 */
export function giveBackNoteYears(lines: RunLine[], values: number, range: Range): void {
  for (const l of lines) {
    if (l.runAt === 0) continue;
    const run = l.toks.slice(l.runAt).map((t) => t.text);
    if (run.length < 2 || !LABEL_YEAR.test(run[0]!) || !fits(range(run.slice(1)), values)) continue;
    l.runAt++;
    l.range = range(run.slice(1));
  }
}
