import { joinHyphenated } from './hyphen-join.js';
import type { GridCell, GridRow } from './types.js';

/** The second half of a broken label opens with a small letter (or a parenthesis): "län", "(inkl. moms)". */
export const SMALL_FIRST = /^[a-zåäöé(]/u;


/**
 * In a tab table, a line without a tab taken for a section heading whose next row's label opens
 * with a small letter ("Västra Götalands" over "län\t1 200\t1 300") is that label's first half:
 * the two are one row. `fromPlainLine(k)` says row k was such a line.
 */
export function joinWrappedLabels(rows: GridRow[], fromPlainLine: (k: number) => boolean): GridRow[] {
  const out: GridRow[] = [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const next = rows[k + 1];
    const label: GridCell | undefined = next?.cells[0];
    if (next !== undefined && label !== undefined && fromPlainLine(k) && !fromPlainLine(k + 1) && SMALL_FIRST.test(label.text.trim()) && next.cells.slice(1).some((c) => c.text.trim() !== '')) {
      const head = row.cells[0]!;
      next.cells[0] = { ...label, text: joinHyphenated(head.text.trim(), label.text.trim()), location: { ...label.location, line: head.location.line, column: head.location.column } };
      out.push({ ...next, location: { ...next.location, line: head.location.line } });
      k++;
      continue;
    }
    out.push(row);
  }
  return out;
}
