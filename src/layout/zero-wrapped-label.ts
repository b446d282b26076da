import type { SourceLine } from './source-line.js';

/**
 * Some statistics exports wrap a long row label over two lines and print a row of zeros after
 * its first line, the row's real figures after the second:
 *
 *   Fullbordade ärenden som avslutats med      0.0 0.0 0.0
 *   beslut om avskrivning 12.0 4.0 16.0
 *
 * The first line's label is cut short (it ends in a word that binds to what follows: "med",
 * "och", "av" …) and the second goes on in lower case, so the two lines are one row: the label
 * joined, the figures those of the second line. Zeros after a label that ends a phrase, or a
 * next line that opens in capitals, are a row of their own.
 */

interface RowLine {
  src: SourceLine;
  toks: readonly { text: string; to: number }[];
  runAt: number;
}

interface Row {
  label: SourceLine[];
  line: RowLine | null;
}

/** A word after which a label cannot end. */
const BINDING = /^(?:med|och|samt|av|för|i|till|på|om|från|mot|under|vid|eller|inom|utan|efter|per|enligt|mellan)$/i;
/** A zero or a blank as exports print them: "0", "0.0", "0,00", "-", ".", "..". */
const ZERO_OR_BLANK = /^(?:[-−–]?0(?:[.,]0+)?|[-−–]|\.|\.\.|…)$/;
const LOWER_START = /^\p{Ll}/u;

/** The rows with each zero row whose label was cut short joined to the row that finishes it. */
export function joinZeroWrappedLabels<R extends Row>(rows: readonly R[]): R[] {
  const out: R[] = [];
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    const next = rows[k + 1];
    if (next && cutShortZeroRow(r) && continues(next)) {
      const line = r.line!;
      const labelOnly: SourceLine = { ...line.src, raw: line.src.raw.slice(0, line.toks[line.runAt - 1]!.to) };
      out.push({ ...next, label: [...r.label, labelOnly] });
      k++;
      continue;
    }
    out.push(r);
  }
  return out;
}

function cutShortZeroRow(r: Row): boolean {
  const line = r.line;
  if (line === null || line.runAt === 0 || line.runAt >= line.toks.length) return false;
  if (!BINDING.test(line.toks[line.runAt - 1]!.text)) return false;
  return line.toks.slice(line.runAt).every((t) => ZERO_OR_BLANK.test(t.text));
}

function continues(r: Row): boolean {
  return r.line !== null && r.label.length === 0 && r.line.runAt > 0 && LOWER_START.test(r.line.toks[0]!.text);
}
