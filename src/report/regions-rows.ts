import { Decimal } from 'decimal.js';
import type { Unit } from '../model/amount.js';
import type { Document } from '../model/document.js';
import type { Cell, Column, Row, Table } from '../model/table.js';
import { t } from '../messages/index.js';
import { TOTAL_HEADER } from '../tables/units.js';

/**
 * The tidy view of a run's tables: one row per document × table × column × row, with what
 * the value measures spelled out, so that kronor are never mixed with shares, counts or
 * populations. `extract --format csv` prints every row; `kronkoll regions` the region rows.
 */
export type Measure = 'kronor' | 'euro' | 'andel' | 'antal' | 'befolkning' | 'okänd';

export interface TidyRow {
  doc: Document;
  /** 1-based within the document. */
  tableNo: number;
  table: Table;
  columnNo: number;
  column: Column;
  row: Row;
  cell: Cell;
  measure: Measure;
  /** The value in kronor, only when the column measures kronor. */
  amountKr: Decimal | null;
  /** The value in the measure's base unit (kronor, euro, percent points, persons, count). */
  value: Decimal | null;
  /** True for the column a region's amount from this table is read from (see answerColumn). */
  answer: boolean;
  /** The unit the table states for the column, short form ("kr", "mnkr", "%"). */
  unit: string;
}

const MEASURE: Record<Unit, Measure> = { SEK: 'kronor', EUR: 'euro', percent: 'andel', count: 'antal', persons: 'befolkning' };

export function measureOf(column: Column): Measure {
  return column.unit === null ? 'okänd' : MEASURE[column.unit];
}

const SCALE_PREFIX: Record<number, string> = { 1: '', 1e3: 't', 1e6: 'mn', 1e9: 'md' };

/** The unit the table states for a column, in the short form documents use ("kr", "mnkr", "mn€", "%"). */
export function unitText(column: Column): string {
  const prefix = SCALE_PREFIX[column.scale] ?? `×${column.scale} `;
  switch (column.unit) {
    case 'SEK':
      return `${prefix}kr`;
    case 'EUR':
      return `${prefix}€`;
    case 'percent':
      return '%';
    case 'persons':
      return t('unit.persons');
    case 'count':
      return t('unit.count');
    default:
      return '';
  }
}

/**
 * The column that answers "how much does this region get from this table": the table's only
 * kronor column, else the kronor column headed as the row total ("Totalt", "Summa"), else the
 * one kronor column that on every region row with all figures given is the sum of the others
 * ("Alla stödtyper" beside its parts). Rates ("kr per invånare") never answer. Null when a
 * table has several kronor columns and none is its total: then no single figure is the
 * region's amount, and the parts are listed but not summed.
 */
export function answerColumn(table: Table): number | null {
  const kronor = table.columns.map((c, i) => (measureOf(c) === 'kronor' && !c.rate ? i : -1)).filter((i) => i >= 0);
  if (kronor.length === 1) return kronor[0]!;
  const totals = kronor.filter((i) => TOTAL_HEADER.test(table.columns[i]!.header[table.columns[i]!.header.length - 1] ?? ''));
  if (totals.length === 1) return totals[0]!;
  if (totals.length > 1 || kronor.length < 3) return null;
  const sums = kronor.filter((i) => sumOfOthers(table, i, kronor));
  return sums.length === 1 ? sums[0]! : null;
}

/** Whether column `k` equals the sum of the other kronor columns, within the cells' precision, on at least two full region rows and no row against it. */
function sumOfOthers(table: Table, k: number, kronor: number[]): boolean {
  let agree = 0;
  for (const row of table.rows) {
    if (row.region === null || row.kind !== 'data') continue;
    const cells = kronor.map((i) => row.cells[i]);
    if (cells.some((c) => c?.value === null || c?.value === undefined)) continue;
    const total = row.cells[k]!;
    let sum = new Decimal(0);
    let slack = total.precision;
    for (const i of kronor) {
      if (i === k) continue;
      sum = sum.plus(row.cells[i]!.value!);
      slack = slack.plus(row.cells[i]!.precision);
    }
    if (sum.minus(total.value!).abs().greaterThan(slack)) return false;
    agree += 1;
  }
  return agree >= 2;
}

export interface TidyOptions {
  /** Only rows that name a region (the `regions` command). */
  regionsOnly: boolean;
  /** Region codes to keep; all when empty. */
  regions?: ReadonlySet<string>;
}

export function tidyRows(docs: readonly Document[], options: TidyOptions): TidyRow[] {
  const out: TidyRow[] = [];
  for (const doc of docs) {
    doc.tables.forEach((table, ti) => {
      const answer = answerColumn(table);
      for (const row of table.rows) {
        if (options.regionsOnly && row.region === null) continue;
        if (options.regions && options.regions.size > 0 && (row.region === null || !options.regions.has(row.region.code))) continue;
        table.columns.forEach((column, ci) => {
          const cell = row.cells[ci];
          // An empty cell holds nothing; a cell with text that is no number is kept (value empty).
          if (cell === undefined || (cell.value === null && cell.raw.trim() === '')) return;
          const measure = measureOf(column);
          out.push({
            doc,
            tableNo: ti + 1,
            table,
            columnNo: ci + 1,
            column,
            row,
            cell,
            measure,
            amountKr: measure === 'kronor' ? cell.value : null,
            value: cell.value,
            answer: ci === answer,
            unit: unitText(column),
          });
        });
      }
    });
  }
  return out;
}

/** Page or line of the cell (its row's when the cell has none). */
export function tidyPlace(r: TidyRow): string {
  const loc = r.cell.location.page !== undefined || r.cell.location.line !== undefined ? r.cell.location : r.row.location;
  if (loc.page !== undefined) return t('place.page', { page: String(loc.page) });
  if (loc.line !== undefined) return t('place.line', { line: String(loc.line) });
  return '';
}
