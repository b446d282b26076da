import type { SourceLine } from './source-line.js';

/**
 * A line that names only the unit ("Belopp i mnkr", "Tkr", "Belopp, tusen kronor") right above
 * rows that each give one figure after their label:
 *
 *   Belopp, tusen kronor
 *   Stockholms län   4 500
 *   Uppsala län      1 200
 *
 * is the table's unit, not a header: as a header its words became columns ("Belopp," | "tusen" |
 * "kronor") and the rows' digit groups were cut to fill them (4 | 500). A blank line is set after
 * it, so that it stands above the table as the text that states its unit, as it does where the
 * page leaves that line blank. Rows of two figures or more keep the line: there it may title the
 * label column over a header of their own; so does a unit line closing titles set a word a line
 * above it ("Belopp" / "2023" / "tkr"), which only a line after a blank line is not.
 */
const UNIT_ONLY = /^\(?(?:belopp,?\s(?:i\s)?)?(?:tkr|mnkr|mkr|mdkr|kr|kronor|(?:tusen|tusental|miljoner|miljarder)\s(?:kronor|kr))\)?:?$/i;
/**
 * A label (letters, no figure, no colon at its end), then a tab or a wide gap and one figure to the
 * line's end: "Uppsala län   1 200", "Ale\t12,5". Rows set apart by one space are label-amount-lines.ts's,
 * which reads a unit line over them as it stands. "Alla stödtyper: 58,4" is a labelled line of a list under its unit,
 * which the list readers take with the unit line as it stands.
 */
const ONE_FIGURE = /^(?=[^\t]*\p{L})[^\t\d]*[^\s\d:](?:\t| {2})[\t ]*[-−]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?$/u;
const MIN_ROWS = 2;

function oneFigureRow(raw: string): boolean {
  const t = raw.trim();
  return t.length <= 120 && ONE_FIGURE.test(t);
}

export function setUnitLinesApart(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const src = lines[i]!;
    // The unit line stands alone above the rows: after a blank line (a title a word a line over it is one-column-word-lines.ts's header).
    const alone = i === 0 || lines[i - 1]!.raw.trim() === '';
    const apart = alone && UNIT_ONLY.test(src.raw.trim()) && oneFigureRow(lines[i + 1]?.raw ?? '') && rowsFrom(lines, i + 1) >= MIN_ROWS;
    if (apart && !out) out = lines.slice(0, i);
    if (out) out.push(src);
    if (apart) out!.push({ raw: '', line: src.line, column: (src.column ?? 1) + src.raw.length });
  }
  return out ?? lines;
}

/** Rows of one figure each from `from`, up to the first other line. */
function rowsFrom(lines: SourceLine[], from: number): number {
  let n = 0;
  while (from + n < lines.length && oneFigureRow(lines[from + n]!.raw)) n++;
  return n;
}
