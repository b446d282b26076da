import { Decimal } from 'decimal.js';
import type { Row, Table } from '../../model/table.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { num, t } from '../../messages/index.js';

/**
 * A percent column that states each row's share of another column ("Andel befolkning" next
 * to "Befolkning") must agree with that column: share = value / total × 100, within the
 * share's rounding. The basis column is found from the data: the one that explains the
 * shares of nearly every row. Rows that break the pattern are reported.
 */
const MIN_FIT = 0.8;
const HUNDRED = new Decimal(100);

interface Basis {
  col: number;
  total: Decimal;
  fits: boolean[];
}

function totalOf(table: Table, col: number, data: Row[]): Decimal | null {
  const totalRow = table.rows.find((r) => r.kind === 'total' && r.cells[col]!.value !== null);
  if (totalRow) return totalRow.cells[col]!.value;
  let sum = new Decimal(0);
  for (const r of data) if (r.cells[col]!.value !== null) sum = sum.plus(r.cells[col]!.value!);
  return sum;
}

function fitsRow(row: Row, share: number, col: number, total: Decimal): boolean | null {
  const s = row.cells[share]!;
  const v = row.cells[col]!.value;
  if (s.value === null || v === null) return null;
  const expected = v.div(total).times(HUNDRED);
  // The written share is rounded; allow its half-unit plus a hair for the division.
  return expected.minus(s.value).abs().lte(s.precision.plus(new Decimal('0.0001')));
}

/** The column a percent column's shares are shares of, if the data show one. */
export function findBasis(table: Table, share: number, data: Row[]): Basis | null {
  let best: Basis | null = null;
  let bestFit = 0;
  table.columns.forEach((c, col) => {
    if (col === share || c.unit === 'percent') return;
    const total = totalOf(table, col, data);
    if (!total || total.isZero()) return;
    const fits = data.map((r) => fitsRow(r, share, col, total));
    const judged = fits.filter((f) => f !== null);
    const n = judged.filter((f) => f).length;
    if (judged.length >= 4 && n / judged.length >= MIN_FIT && n > bestFit) {
      bestFit = n;
      best = { col, total, fits: fits.map((f) => f !== false) };
    }
  });
  return best;
}

export const share: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'table/share',
    description: 'Andelskolumner stämmer med kolumnen de är andelar av',
    severity: 'error',
    docs:
      'For a percent column, kronkoll looks for the column whose values explain the shares (value / total × 100, within the rounding of the printed share) on at least 80 % of the rows. ' +
      'Rows whose share does not follow from that column are reported with the computed share.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      const data = table.rows.filter((r) => r.kind === 'data');
      table.columns.forEach((c, col) => {
        if (c.unit !== 'percent') return;
        const basis = findBasis(table, col, data);
        if (!basis) return;
        const basisName = table.columns[basis.col]!.header.join(' / ');
        data.forEach((row, i) => {
          if (basis.fits[i]) return;
          const v = row.cells[basis.col]!.value!;
          const computed = v.div(basis.total).times(HUNDRED);
          const stated = row.cells[col]!;
          out.push({
            message: t('table.share', {
              row: row.label,
              share: num(stated.value!),
              column: c.header.join(' / '),
              value: num(v),
              total: num(basis.total),
              computed: num(computed.toDecimalPlaces(2)),
              basis: basisName,
            }),
            location: stated.location,
            related: [{ message: basisName, location: row.cells[basis.col]!.location }],
            // expected: the printed share; actual: the share computed from the column, rounded as printed.
            expected: stated.value!.toFixed(),
            actual: computed.toDecimalPlaces(stated.precision.isZero() ? 0 : stated.precision.times(2).log(10).neg().round().toNumber()).toFixed(),
          });
        });
      });
    }
    return out;
  },
};
