/**
 * Random region tables for the PDF round-trip benchmark: what a decision's appendix looks
 * like (regions in rows, 2–7 amount columns, a total row), varied in everything a printer
 * can vary: subset and order of regions, label forms that wrap, one- or two-level headers,
 * digit-group separators, borders, orientation, and how far down page 1 the table starts.
 */

import { int, pick, REGION_LABELS, rng, shuffle } from '../random.js';

/** Digit-group separators seen in Swedish documents. */
export const SEPARATORS = { space: ' ', nbsp: '\u00a0', nnbsp: '\u202f', thin: '\u2009' } as const;
export type SeparatorName = keyof typeof SEPARATORS;

export interface RegionRow {
  code: string;
  /** The label as printed ("Region Jönköpings län", "Västra Götaland"). */
  label: string;
  values: bigint[];
}

export interface HeaderGroup {
  /** Upper header over `span` columns, or null for a column with a one-level header. */
  title: string | null;
  columns: string[];
}

export interface TableSpec {
  id: string;
  rows: RegionRow[];
  total: bigint[];
  groups: HeaderGroup[];
  /** The last column is the row total of the others. */
  rowTotal: boolean;
  separator: SeparatorName;
  borders: boolean;
  landscape: boolean;
  /** Label column narrow enough that long names wrap over two or three lines. */
  narrowLabels: boolean;
  /** Paragraphs of prose before the table: pushes it over a page break. */
  leadParagraphs: number;
  /** Extra padding per row (points): a long table over two or three pages. */
  rowPadding: number;
  /** Header rows repeated on each page (HTML thead, longtable \endhead). */
  repeatHeader: boolean;
  /** Blank lines before the caption: place a page break exactly (hand-made cases). */
  leadSpace?: number;
}

const COLUMN_NAMES = ['Grundbelopp', 'Tillägg', 'Prestation', 'Utveckling', 'Kvalitet', 'Tillgänglighet', 'Uppföljning', 'Kompetens'];
const GROUP_NAMES = ['Bidrag 2025', 'Stimulansmedel', 'Riktade medel', 'Ersättning'];

export function randomSpec(id: string, seed: number): TableSpec {
  const r = rng(seed);
  const valueColumns = int(r, 2, 7);
  const rowTotal = valueColumns >= 3 && r() < 0.4;
  const parts = rowTotal ? valueColumns - 1 : valueColumns;
  const names = shuffle(r, COLUMN_NAMES).slice(0, parts);
  if (rowTotal) names.push('Totalt');
  // Two-level headers: a group title over two or more adjacent component columns.
  const groups: HeaderGroup[] = [];
  if (parts >= 2 && r() < 0.5) {
    const span = int(r, 2, parts);
    const start = int(r, 0, parts - span);
    for (let k = 0; k < start; k++) groups.push({ title: null, columns: [names[k]!] });
    groups.push({ title: pick(r, GROUP_NAMES), columns: names.slice(start, start + span) });
    for (let k = start + span; k < names.length; k++) groups.push({ title: null, columns: [names[k]!] });
  } else for (const n of names) groups.push({ title: null, columns: [n] });

  const count = r() < 0.5 ? 21 : int(r, 3, 21);
  const chosen = shuffle(r, REGION_LABELS).slice(0, count);
  const ordered = r() < 0.5 ? chosen.sort((a, b) => a[0].localeCompare(b[0])) : chosen;
  const form = int(r, 0, 2);
  const magnitude = pick(r, [1e5, 1e6, 1e7, 1e8]);
  const rows: RegionRow[] = ordered.map(([code, forms]) => {
    const values = Array.from({ length: parts }, () => BigInt(Math.floor(magnitude * (0.05 + r()))));
    if (rowTotal) values.push(values.reduce((a, b) => a + b, 0n));
    return { code, label: r() < 0.9 ? forms[form]! : pick(r, forms), values };
  });
  const total = Array.from({ length: valueColumns }, (_, k) => rows.reduce((a, row) => a + row.values[k]!, 0n));
  const pages = int(r, 1, 3);
  return {
    id,
    rows,
    total,
    groups,
    rowTotal,
    separator: pick(r, Object.keys(SEPARATORS) as SeparatorName[]),
    borders: r() < 0.5,
    landscape: r() < 0.3,
    narrowLabels: r() < 0.5,
    leadParagraphs: pages === 1 ? int(r, 0, 1) : int(r, 3, 7),
    rowPadding: pages === 3 ? int(r, 10, 16) : int(r, 0, 3),
    repeatHeader: r() < 0.5,
  };
}

/** The same table with one data cell changed and the total row as before: the sum no longer holds. */
export function mutant(spec: TableSpec, seed: number): { spec: TableSpec; row: number; column: number } {
  const r = rng(seed ^ 0x5bd1e995);
  const row = int(r, 0, spec.rows.length - 1);
  // A component column: changing the row-total column alone would also break only one check.
  const column = int(r, 0, spec.rowTotal ? spec.total.length - 2 : spec.total.length - 1);
  const rows = spec.rows.map((x, i) => {
    if (i !== row) return x;
    const values = x.values.slice();
    const old = values[column]!;
    const delta = BigInt(int(r, 1, 9)) * 10n ** BigInt(int(r, 0, 3));
    values[column] = old > delta && r() < 0.5 ? old - delta : old + delta;
    return { ...x, values };
  });
  return { spec: { ...spec, id: `${spec.id}m`, rows }, row, column };
}

/** "1 234 567" with the table's separator. */
export function formatValue(v: bigint, separator: SeparatorName): string {
  return v.toString().replace(/\B(?=(\d{3})+(?!\d))/g, SEPARATORS[separator]);
}
