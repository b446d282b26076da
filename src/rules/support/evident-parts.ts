import type { Document } from '../../model/document.js';
import type { Row } from '../../model/table.js';
import type { EvidentSum, SumCheck } from '../../tables/structures.js';

/**
 * How far a row's label is set in, in characters of its source line: text sources only, where
 * the label's line holds nothing before it but spaces. Null where the source shows no indentation.
 */
export function indentation(doc: Document): (r: Row) => number | null {
  return (r) => {
    const { line, column } = r.location;
    if (line === undefined || column === undefined) return null;
    const before = doc.lines[line - 1]?.slice(0, column - 1);
    return before !== undefined && /^[ \t\u00a0]*$/.test(before) ? before.length : null;
  };
}

/**
 * A sum over rows among which a row stands over its own parts, shown by indentation or by the
 * table's other columns ("Flerbostadshus" over "Bostadsrätt", "Hyresrätt", "Äganderätt", then
 * "Småhus" and "Total nybyggnad"): the parts are counted in that row, so the sum is read again
 * without them.
 */
export function withoutEvidentParts(primary: readonly SumCheck[], evident: readonly EvidentSum[]): SumCheck[] {
  const out: SumCheck[] = [];
  for (const check of primary) {
    const rows = new Set(check.parts.map((p) => p.row));
    const inner = evident.filter((e) => rows.has(e.stated) && e.parts.every((r) => rows.has(r)));
    if (inner.length === 0) continue;
    const drop = new Set(inner.flatMap((e) => e.parts));
    out.push({ stated: check.stated, parts: check.parts.filter((p) => !drop.has(p.row)), structure: inner[0]!.evidence });
  }
  return out;
}
