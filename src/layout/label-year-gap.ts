/**
 * A row label that closes with a year ("Skattesats 2019", "Invånare 31 dec 2018") in a table whose
 * columns stand apart by wide gaps: the year is read as the row's first value when the row gives
 * fewer values than the table has columns, so every value moves a column and the last one lands
 * under the total. Where the page itself shows the year is the label's, it goes back to it:
 *
 *   Skattesats 2019                       22,10        21,50
 *   Nettokostnad, mnkr                      850        1 600        2 450
 *
 * - the year meets the label's last word by one space and stands apart from the next figure by a
 *   wide gap, as the label does from the values on the other rows;
 * - it ends before the first figure of every other row of the table starts (at least two such
 *   rows): no column of the table stands that far left, so it is in the labels' place;
 * - the rest of the row still reads as at most as many values as the table has columns.
 *
 * A year in a column of years (a "Byggår" column) stands under the other rows' years, so it stays a
 * value; single-spaced rows (no wide gap) say nothing and stay as they are.
 */
export interface GapTok {
  text: string;
  from: number;
  to: number;
}

export interface GapLine {
  toks: GapTok[];
  /** Index of the first token of the run of values. */
  runAt: number;
  range: { min: number; max: number } | null;
}

const YEAR = /^(?:19|20)\d{2}$/;

export function giveBackGappedLabelYears(lines: GapLine[], width: number, wideGap: number, range: (run: string[]) => { min: number; max: number } | null): void {
  const starts = lines.map((l) => (l.runAt > 0 && l.runAt < l.toks.length ? l.toks[l.runAt]!.from : null));
  for (const [i, l] of lines.entries()) {
    if (l.runAt === 0 || l.runAt + 1 >= l.toks.length) continue;
    const year = l.toks[l.runAt]!;
    const before = l.toks[l.runAt - 1]!;
    const next = l.toks[l.runAt + 1]!;
    if (!YEAR.test(year.text) || year.from - before.to !== 1 || next.from - year.to < wideGap) continue;
    const others = starts.filter((s, k): s is number => k !== i && s !== null);
    if (others.length < 2 || others.some((s) => s <= year.to)) continue;
    const rest = range(l.toks.slice(l.runAt + 1).map((t) => t.text));
    if (rest === null || rest.min > width) continue;
    l.runAt++;
    l.range = rest;
  }
}
