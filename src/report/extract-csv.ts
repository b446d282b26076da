import type { Document } from '../model/document.js';
import type { Column, Table } from '../model/table.js';
import { decimalString } from './decimal-string.js';

/**
 * One CSV block per table, blocks separated by a blank line: tables have
 * different value columns, so each block carries its own header line.
 * Columns: file, table (1-based within the file), caption, row (1-based),
 * label, kind, region_code, region_name, then one per value column.
 */
export function formatExtractCsv(docs: readonly Document[]): string {
  const blocks: string[] = [];
  for (const doc of docs) {
    doc.tables.forEach((table, t) => blocks.push(tableBlock(doc.file, t + 1, table)));
  }
  return blocks.join('\n');
}

const FIXED = ['file', 'table', 'caption', 'row', 'label', 'kind', 'region_code', 'region_name'];

function tableBlock(file: string, tableNo: number, table: Table): string {
  const lines = [[...FIXED, ...table.columns.map(columnName)]];
  table.rows.forEach((row, r) => {
    lines.push([
      file,
      String(tableNo),
      table.caption ?? '',
      String(r + 1),
      row.label,
      row.kind,
      row.region?.code ?? '',
      row.region?.name ?? '',
      ...table.columns.map((_, i) => {
        const value = row.cells[i]?.value;
        return value === null || value === undefined ? '' : decimalString(value);
      }),
    ]);
  });
  return lines.map((fields) => fields.map(csvField).join(',') + '\n').join('');
}

/** Header path joined with " / "; a column without header text is named by its position. */
function columnName(col: Column, i: number): string {
  const name = col.header.filter((h) => h.trim() !== '').join(' / ');
  return name || `kolumn ${i + 1}`;
}

/** RFC 4180: quote a field holding a comma, quote or line break; double inner quotes. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
