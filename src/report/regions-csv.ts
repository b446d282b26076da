import type { Decimal } from 'decimal.js';
import { stringify } from 'csv-stringify/sync';
import type { MessageId } from '../messages/index.js';
import { t } from '../messages/index.js';
import type { Column } from '../model/table.js';
import { decimalString } from './decimal-string.js';
import { tidyPlace, type TidyRow } from './regions-rows.js';

/**
 * Tidy CSV for spreadsheets set to a Swedish locale (LibreOffice Calc, Excel sv-SE):
 * UTF-8 with a byte order mark (so Excel reads å, ä, ö without an import dialog), `;`
 * between fields (Swedish Excel's list separator, since `,` is the decimal mark), numbers
 * with a decimal comma and no digit grouping ("633531342", "23,3"), which both programs
 * read as numbers. Text that starts like a formula (=, +, -, @) is prefixed with ' so that a
 * caption cannot run as a formula. Line ends are CRLF (RFC 4180).
 */
const HEADER: MessageId[] = [
  'tidy.file',
  'tidy.kind',
  'tidy.date',
  'tidy.dnr',
  'tidy.title',
  'tidy.table',
  'tidy.caption',
  'tidy.column',
  'tidy.regionCode',
  'tidy.region',
  'tidy.label',
  'tidy.measure',
  'tidy.amountKr',
  'tidy.value',
  'tidy.raw',
  'tidy.unit',
  'tidy.precision',
  'tidy.rowKind',
  'tidy.place',
];

/** A decimal with a decimal comma and no grouping, as a Swedish spreadsheet reads numbers. */
export function spreadsheetNumber(d: Decimal | null): string {
  return d === null ? '' : decimalString(d).replace('.', ',');
}

/** Header path joined with " / "; a column without header text is named by its position. */
export function columnName(col: Column, n: number): string {
  const name = col.header.filter((h) => h.trim() !== '').join(' / ');
  return name || t('tidy.columnByPosition', { n: String(n) });
}

export function tidyRecord(r: TidyRow): string[] {
  return [
    r.doc.file,
    t(`kind.${r.doc.kind}`),
    r.doc.date ?? '',
    r.doc.dnr.join(', '),
    r.doc.title ?? '',
    String(r.tableNo),
    r.table.caption ?? '',
    columnName(r.column, r.columnNo),
    r.row.region?.code ?? '',
    r.row.region?.name ?? '',
    r.row.label,
    t(`measure.${r.measure}`),
    spreadsheetNumber(r.amountKr),
    spreadsheetNumber(r.value),
    r.cell.raw,
    r.unit,
    spreadsheetNumber(r.cell.precision),
    t(`rowKind.${r.row.kind}`),
    tidyPlace(r),
  ];
}

export function formatTidyCsv(rows: readonly TidyRow[]): string {
  return stringify([HEADER.map((id) => t(id as 'tidy.file')), ...rows.map(tidyRecord)], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    escape_formulas: true,
  });
}
