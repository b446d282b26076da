import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/document/load.js';
import type { Document } from '../../src/model/document.js';

/**
 * The same seed table read from every text-like form it comes in gives the same canonical
 * table: header paths, units, row kinds, region codes and values. (PDF has its own
 * equivalence test under test/readers.)
 */
function canonical(doc: Document) {
  return doc.tables.map((t) => ({
    headers: t.columns.map((c) => c.header),
    units: t.columns.map((c) => c.unit),
    rows: t.rows.map((r) => ({ kind: r.kind, region: r.region?.code ?? null, values: r.cells.map((c) => c.value?.toFixed() ?? null) })),
  }));
}

const twins: [string, string, string[]][] = [
  [
    'seed 001',
    'corpus/001_e7b5af15c7845b07.txt',
    [
      'test/fixtures/text/001.cell-per-line.txt', // a web page copied as text: one cell per line
      'test/fixtures/text/001.pdftotext-layout.txt', // pdftotext -layout of corpus/pdf/001.lo.pdf
      'test/fixtures/text/001.gfm.md', // GFM table
      'test/fixtures/html/seed-001-simple.html',
    ],
  ],
  [
    'seed 000 (two-level header, wrapped labels in the pdftotext output)',
    'corpus/000_cc938031a1688a8c.txt',
    ['test/fixtures/text/000.pdftotext-layout.txt', 'test/fixtures/html/seed-000-two-level-header.html'],
  ],
];

describe('the same table in every text-like format', () => {
  for (const [name, reference, others] of twins) {
    for (const other of others) {
      it(`${name}: ${other} = ${reference}`, async () => {
        const want = canonical(await loadDocument(reference));
        const got = canonical(await loadDocument(other));
        expect(got).toEqual(want);
      });
    }
  }
});
