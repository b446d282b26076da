/**
 * Why OCR cells are wrong: a wrong cell whose digits appear nowhere in the text layer, or whose
 * row's label the layer lost or misread (its region cannot be known), is tesseract's; whatever
 * reads the layer cannot get it. The other wrong cells are the reader's. Reads the layer with
 * poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { loadDocument } from '../../../src/document/load.js';
import { regionTables } from './compare.js';
import type { TableSpec } from './spec.js';

const TOTAL_LABEL = 'Summa';

export async function wrongCellsLostByOcr(pdf: string, spec: TableSpec): Promise<number> {
  const layer = execFileSync('pdftotext', ['-raw', pdf, '-']).toString();
  const digits = layer.replace(/[^\d\n]/g, '');
  const words = new Set(layer.split(/\s+/));
  const table = regionTables(await loadDocument(pdf))[0];
  const rows = [...spec.rows.map((r) => ({ code: r.code, label: r.label, values: r.values })), { code: null, label: TOTAL_LABEL, values: spec.total }];
  let lost = 0;
  for (const r of rows) {
    const read = table?.rows.find((x) => (r.code === null ? x.kind === 'total' : x.region?.code === r.code && x.kind === 'data'));
    // Label words as printed; "Region" stands in many labels and says nothing.
    const labelRead = r.label.split(/\s+/).filter((w) => w.length > 3 && w !== 'Region').every((w) => words.has(w));
    r.values.forEach((v, k) => {
      if (read?.cells[k]?.value?.toFixed() === v.toString()) return;
      if (!labelRead || !digits.includes(v.toString())) lost++;
    });
  }
  return lost;
}
