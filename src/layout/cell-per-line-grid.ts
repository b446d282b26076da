import { looksValue } from './looks-numeric.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';

/**
 * Tables pasted from web pages lose their structure: every cell lands on its own line.
 *
 *   Region
 *   Totalt (kronor)
 *   Region Blekinge
 *   16 588 454
 *
 * A run of records (one label line, then k−1 value lines) repeated at least MIN_RECORDS
 * times is a table with k columns; the k non-numeric lines before it are its header.
 */
const MIN_RECORDS = 4;
const MAX_COLUMNS = 8;
const MAX_LABEL = 80;

function isLabel(raw: string): boolean {
  const t = raw.trim();
  return t !== '' && t.length <= MAX_LABEL && !looksValue(t) && !t.includes('\t');
}

function recordsAt(lines: SourceLine[], start: number, k: number): number {
  let n = 0;
  for (let i = start; i + k <= lines.length; i += k) {
    if (!isLabel(lines[i]!.raw)) break;
    let ok = true;
    for (let c = 1; c < k && ok; c++) ok = looksValue(lines[i + c]!.raw);
    if (!ok) break;
    n++;
  }
  return n;
}

export function detectCellPerLineGrid(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  for (let k = 2; k <= MAX_COLUMNS; k++) {
    // The header: k label lines, then records.
    let headerRows = 0;
    let first = start;
    if (start + k < lines.length && recordsAt(lines, start, k) === 0) {
      let allLabels = true;
      for (let c = 0; c < k && allLabels; c++) allLabels = isLabel(lines[start + c]?.raw ?? '');
      if (!allLabels) continue;
      headerRows = 1;
      first = start + k;
    }
    const n = recordsAt(lines, first, k);
    if (n < MIN_RECORDS) continue;
    const rows: GridRow[] = [];
    const rowAt = (at: number, header: boolean): GridRow => {
      const cells = [];
      for (let c = 0; c < k; c++) {
        const src = lines[at + c]!;
        const cell = toGridCell(file, src, 0, src.raw.trimEnd().length);
        cell.header = header;
        cells.push(cell);
      }
      return { cells, location: cells[0]!.location };
    };
    if (headerRows) rows.push(rowAt(start, true));
    for (let r = 0; r < n; r++) rows.push(rowAt(first + r * k, false));
    return { grid: { kind: 'grid', source: 'cell-per-line', caption: null, rows, headerRows }, end: first + n * k };
  }
  return null;
}
