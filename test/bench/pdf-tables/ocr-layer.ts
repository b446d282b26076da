/**
 * Why OCR cells are wrong: a wrong cell whose number the text layer does not hold as a number,
 * or whose row's label the layer lost or misread (its region cannot be known), is tesseract's;
 * whatever reads the layer cannot get it. The other wrong cells are the reader's. Reads the
 * layer with poppler's pdftotext.
 *
 * The layer holds a number when its digits stand there in order, with at most a space or a speck
 * between them, not run on from other digits at either end: "355 076 431" does not hold
 * 55 076 431 (tesseract read a 3 that is not printed), "1 033 0241" holds 1 033 024 (a border
 * beside the digits, read as 1). A row read from the layer but under no region, when the layer
 * lost a label, is that lost row read again: the benchmark counts it against the exact cells, and
 * it is tesseract's as well.
 */
import { execFileSync } from 'node:child_process';
import { loadDocument } from '../../../src/document/load.js';
import { regionTables } from './compare.js';
import type { TableSpec } from './spec.js';

const TOTAL_LABEL = 'Summa';

/** Whether the layer holds `value` as a number of its own (see above). */
export function layerHolds(layer: string, value: string): boolean {
  const digits = value.split('').join('[\\s.,\\-–—]?');
  // Not run on from a digit before; after it, at most a border glyph at the word's end.
  return new RegExp(`(?<!\\d)${digits}(?:[1lI|!\\])]?)(?=[^\\d]|$)`).test(layer.replace(/\n/g, ' \n'));
}

export async function wrongCellsLostByOcr(pdf: string, spec: TableSpec): Promise<number> {
  const layer = execFileSync('pdftotext', ['-raw', pdf, '-']).toString();
  const words = new Set(layer.split(/\s+/));
  const table = regionTables(await loadDocument(pdf))[0];
  const rows = [...spec.rows.map((r) => ({ code: r.code, label: r.label, values: r.values })), { code: null, label: TOTAL_LABEL, values: spec.total }];
  let lost = 0;
  let labelsLost = 0;
  for (const r of rows) {
    const read = table?.rows.find((x) => (r.code === null ? x.kind === 'total' : x.region?.code === r.code && x.kind === 'data'));
    // Label words as printed; "Region" stands in many labels and says nothing.
    const labelRead = r.label.split(/\s+/).filter((w) => w.length > 3 && w !== 'Region').every((w) => words.has(w));
    if (!labelRead && !read) labelsLost++;
    r.values.forEach((v, k) => {
      if (read?.cells[k]?.value?.toFixed() === v.toString()) return;
      if (!labelRead || !layerHolds(layer, v.toString())) lost++;
    });
  }
  const unnamed = table?.rows.filter((x) => x.kind === 'data' && x.region === null).length ?? 0;
  return lost + Math.min(unnamed, labelsLost);
}
