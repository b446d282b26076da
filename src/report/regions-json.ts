import type { TidyRow } from './regions-rows.js';
import { decimalString } from './decimal-string.js';
import { locationJson } from './location-json.js';

/** `kronkoll regions --format json`: the tidy rows with decimal strings (dot decimals) for machines. */
export function formatRegionsJson(rows: readonly TidyRow[]): string {
  return JSON.stringify(
    {
      rows: rows.map((r) => ({
        file: r.doc.file,
        kind: r.doc.kind,
        date: r.doc.date,
        dnr: r.doc.dnr,
        title: r.doc.title,
        table: r.tableNo,
        caption: r.table.caption,
        column: r.column.header,
        region: r.row.region ? { code: r.row.region.code, name: r.row.region.name } : null,
        label: r.row.label,
        measure: r.measure,
        amountKr: r.amountKr === null ? null : decimalString(r.amountKr),
        value: r.value === null ? null : decimalString(r.value),
        raw: r.cell.raw,
        unit: r.unit,
        precision: decimalString(r.cell.precision),
        rowKind: r.row.kind,
        location: locationJson(r.cell.location),
      })),
    },
    null,
    2,
  );
}
