import { Decimal } from 'decimal.js';
import type { Row, Table } from '../model/table.js';
import { t } from '../messages/index.js';

/**
 * Two rows that print the same figures in every column ("ArkDes 1 | 562 226 | 581 383" and
 * "Moderna museet 1 | 562 226 | 581 383") are often one body's figures shown under both names,
 * with a note saying so. When the sum under them is exactly the rows' sum with one of the two left
 * out, the total counts the shared figures once: what it covers is in doubt, not the arithmetic,
 * so a mismatch is a warning that names the rows.
 */
const MIN_VALUES = 2;

const valueAt = (r: Row, col: number): Decimal | null => r.cells[col]?.value ?? null;

/** Same figures in every value column, at least two of them and not all zero. */
function sameFigures(a: Row, b: Row): boolean {
  const va = a.cells.map((c) => c.value);
  const vb = b.cells.map((c) => c.value);
  if (va.length !== vb.length || va.filter((v) => v !== null).length < MIN_VALUES || va.every((v) => v === null || v.isZero())) return false;
  return va.every((v, k) => (v === null ? vb[k] === null : vb[k] !== null && v.equals(vb[k]!)));
}

export function repeatedRowDoubts(table: Table, col: number): string[] {
  const out: string[] = [];
  let since: Row[] = [];
  for (const row of table.rows) {
    if (row.kind === 'data') {
      if (valueAt(row, col) !== null) since.push(row);
      continue;
    }
    if (row.kind !== 'total' && row.kind !== 'subtotal') continue;
    const stated = valueAt(row, col);
    const parts = since;
    since = [];
    if (stated === null) continue;
    const sum = parts.reduce((s, r) => s.plus(valueAt(r, col)!), new Decimal(0));
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        if (!sameFigures(parts[i]!, parts[j]!)) continue;
        if (sum.minus(valueAt(parts[i]!, col)!).equals(stated)) out.push(t('structure.doubtRepeatedRow', { first: parts[i]!.label.trim(), second: parts[j]!.label.trim() }));
      }
    }
  }
  return out;
}
