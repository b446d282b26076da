import type { RunLine } from './label-number.js';

/**
 * A table whose row labels are numbers (denominations "20", "50", "100"; sizes; classes of a
 * count), copied with single spaces:
 *
 *   Valör Nya sedlar Äldre sedlar Totalt
 *   20 1 032
 *   1 032
 *   50 988
 *   988
 *   100 1 509 3 662 5 172
 *   Totalt 22 884 32 059 57 535
 *
 * Read as figures, each label is one more value and every row's cells slide one column right.
 * Such labels rise down the table. Where at least MIN_STUBS lines without a label open with a
 * plain number larger than the one opening the row before, and have figures after it, and these
 * are most of the lines without a label and more than the rows labelled by words, that number is
 * the row's label. A line that does not
 * rise ("1 032" under "20") is the rest of the row above, broken over two lines by the copy.
 */
const MIN_STUBS = 3;
const STUB = /^[1-9]\d{0,4}$/;

type Range = (run: string[]) => { min: number; max: number } | null;

/** Moves each numeric label out of the run of values (moves `runAt`, recounts `range`) when the table reads so. */
export function takeNumericStub(lines: RunLine[], range: Range): boolean {
  const bare = lines.filter((l) => l.runAt === 0 && l.toks.length >= 2);
  if (bare.length < MIN_STUBS) return false;
  const stubs: { l: RunLine; r: { min: number; max: number } }[] = [];
  let last = 0;
  for (const l of bare) {
    const t = l.toks[0]!.text;
    if (!STUB.test(t) || Number(t) <= last) continue;
    const r = range(l.toks.slice(1).map((x) => x.text));
    if (r === null) continue;
    stubs.push({ l, r });
    last = Number(t);
  }
  // Rows with a label of words must be fewer than the numbered ones: a statement's unlabelled sum
  // lines ("1 540 1 410", "560 505") may open with rising numbers by chance.
  const worded = lines.filter((l) => l.runAt > 0).length;
  if (stubs.length < MIN_STUBS || stubs.length * 2 <= bare.length || stubs.length <= worded) return false;
  for (const { l, r } of stubs) {
    l.runAt = 1;
    l.range = r;
  }
  return true;
}
