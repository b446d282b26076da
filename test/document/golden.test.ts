import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/document/load.js';
import { extractJson } from '../../src/report/extract-json.js';

/**
 * Golden tables for the seed corpus: corpus/golden/*.tables.json were typed from the seed
 * text by a person (values, region codes, total rows, header paths), not produced by kronkoll.
 */
interface GoldenRow {
  label: string;
  kind: string;
  region: string | null;
  values: (string | null)[];
  number?: string;
}
interface GoldenTable {
  caption: string;
  columns: { header: string[]; unit: string | null }[];
  rows: GoldenRow[];
}

const dir = 'corpus/golden';
const goldens = readdirSync(dir).filter((f) => f.endsWith('.tables.json'));

describe('seed tables match the golden files', () => {
  it('covers all five seeds', () => expect(goldens.length).toBe(5));
  for (const g of goldens) {
    const golden = JSON.parse(readFileSync(join(dir, g), 'utf8')) as { file: string; tables: GoldenTable[] };
    it(golden.file, async () => {
      const doc = await loadDocument(join('corpus', golden.file));
      const json = extractJson([doc]).documents[0]!;
      expect(json.tables.length).toBe(golden.tables.length);
      golden.tables.forEach((gt, t) => {
        const tj = json.tables[t]!;
        expect(tj.caption?.startsWith(gt.caption), `caption ${tj.caption}`).toBe(true);
        expect(tj.columns.map((c) => c.header)).toEqual(gt.columns.map((c) => c.header));
        expect(tj.columns.map((c) => c.unit)).toEqual(gt.columns.map((c) => c.unit));
        expect(tj.rows.map((r) => r.label)).toEqual(gt.rows.map((r) => r.label));
        expect(tj.rows.map((r) => r.kind)).toEqual(gt.rows.map((r) => r.kind));
        expect(tj.rows.map((r) => r.region?.code ?? null)).toEqual(gt.rows.map((r) => r.region));
        expect(tj.rows.map((r) => r.values)).toEqual(gt.rows.map((r) => r.values));
        expect(tj.rows.map((r) => r.number ?? null)).toEqual(gt.rows.map((r) => r.number ?? null));
      });
    });
  }
});
