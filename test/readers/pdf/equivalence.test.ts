import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/document/load.js';
import type { Document } from '../../../src/model/document.js';

const SEEDS = ['000_cc938031a1688a8c', '001_e7b5af15c7845b07', '002_1364b70c4248b79d'];

/** What must not depend on the format: header paths, row labels, kinds, regions and values. */
function canonical(doc: Document) {
  return doc.tables.map((t) => ({
    // Footnote marks ("insatser* per län", seed 002) are left out: the text reader drops a
    // lone "*" as if it were emphasis, the PDF keeps it as printed.
    columns: t.columns.map((c) => c.header.map((h) => h.replace(/\*/g, '').replace(/\s+/g, ' '))),
    rows: t.rows.map((r) => ({
      label: r.label.replace(/\s+/g, ' '),
      kind: r.kind,
      region: r.region?.code ?? null,
      values: r.cells.map((c) => (c.value === null ? null : c.value.toFixed())),
    })),
  }));
}

describe.each(SEEDS)('seed %s: PDF and text give the same tables', (seed) => {
  const n = seed.slice(0, 3);
  it.each(['lo', 'chromium'])('%s print', async (variant) => {
    const [pdf, txt] = await Promise.all([loadDocument(`corpus/pdf/${n}.${variant}.pdf`), loadDocument(`corpus/${seed}.txt`)]);
    const expected = canonical(txt);
    expect(expected.length).toBeGreaterThan(0);
    expect(canonical(pdf)).toEqual(expected);
  });
});
