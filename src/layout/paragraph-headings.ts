import type { SourceLine } from './source-line.js';

/**
 * Rows pasted as paragraphs (a cell a line, a blank line after each row) from a table with
 * section rows: a converter drops a heading row's empty cells, so the heading stands on the line
 * above its first row's label, in that row's paragraph:
 *
 *   Förvaltning        ← the section's heading
 *   Norrtälje          ← the row's label
 *   336 853
 *   …
 *
 * Where most rows open with one label line and some with two, the first of the two is a heading,
 * a row of its own with no values; read as the row's label it would push every figure of the row
 * one column on. Where most rows open with two labels (a code or a second name column), nothing
 * is split: the two are the row's.
 */
export function splitParagraphHeadings(paras: readonly SourceLine[][], isLabelLine: (raw: string) => boolean): SourceLine[][] {
  const leads = paras.map((p) => {
    let n = 0;
    while (n < p.length && isLabelLine(p[n]!.raw)) n++;
    return n;
  });
  const single = leads.filter((n) => n === 1).length;
  if (single * 2 <= paras.length) return [...paras];
  const out: SourceLine[][] = [];
  paras.forEach((p, k) => {
    if (leads[k] === 2 && p.length >= 3) out.push([p[0]!], p.slice(1));
    else out.push(p);
  });
  return out;
}
