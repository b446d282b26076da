import type { Row } from '../model/table.js';

/**
 * A sum named after a heading ("Summa omsättningstillgångar" under the heading
 * "Omsättningstillgångar", "Totalt driftbidrag" under "Driftbidrag") closes the section that
 * heading opened, not everything since the previous sum: a balance sheet may set an item of its
 * own between two sections ("Bidrag till statlig infrastruktur" after "Summa
 * anläggningstillgångar"), which the next section's sum does not count. The parts are the rows
 * under the heading; a sum closed inside the section stands for the rows it closed.
 */
const SUM_WORD = /^(?:summa|s:a|totalt|total|delsumma)\s+/i;

const key = (s: string): string => s.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();

/** A heading: a row with no value in any column. */
const isHeading = (r: Row): boolean => r.kind !== 'total' && r.kind !== 'subtotal' && r.cells.every((c) => c.value == null);

/** One check: a SumCheck of structures.ts, written out here so that file can import this one. */
export interface NamedSectionCheck {
  stated: Row;
  parts: { row: Row; sign: 1 }[];
  structure: 'named-sections';
}

export function namedSectionChecks(rows: readonly Row[], isItem: (r: Row) => boolean): NamedSectionCheck[] {
  const out: NamedSectionCheck[] = [];
  rows.forEach((row, i) => {
    if (row.kind !== 'subtotal' && row.kind !== 'total') return;
    const m = SUM_WORD.exec(row.label.trim());
    if (!m) return;
    const name = key(row.label.trim().slice(m[0].length));
    if (name === '') return;
    let h = i - 1;
    while (h >= 0 && !(isHeading(rows[h]!) && key(rows[h]!.label) === name)) h--;
    if (h < 0) return;
    // A sum inside the section stands for the rows it closed (those since the previous inner sum).
    const sums: Row[] = [];
    let pending: Row[] = [];
    for (const r of rows.slice(h + 1, i)) {
      if (r.kind === 'subtotal' || r.kind === 'total') {
        sums.push(r);
        pending = [];
      } else if (isItem(r)) pending.push(r);
    }
    const kept = [...sums, ...pending];
    if (kept.length < 2) return;
    out.push({ stated: row, parts: kept.map((r) => ({ row: r, sign: 1 })), structure: 'named-sections' });
  });
  return out;
}
