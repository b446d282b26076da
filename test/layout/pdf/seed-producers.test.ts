import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/document/load.js';
import type { Document } from '../../../src/model/document.js';
import type { Finding } from '../../../src/model/finding.js';
import { audit } from '../../bench/pdf-tables/compare.js';

/**
 * The seed decisions printed by more producers (test/fixtures/pdf/tables/seeds/make.sh) give the
 * same tables and the same table and region findings as their text versions. 001-break has the
 * region table starting on page 1 and running over onto page 2.
 */
const DIR = 'test/fixtures/pdf/tables/seeds';
const SEEDS: Record<string, string> = {
  '000': '000_cc938031a1688a8c',
  '001': '001_e7b5af15c7845b07',
  '001-break': '001_e7b5af15c7845b07',
  '002': '002_1364b70c4248b79d',
};
const PRODUCERS = ['word', 'ghostscript', 'qpdf', 'mutool'];
const cases = [
  ...Object.keys(SEEDS).flatMap((seed) => PRODUCERS.map((producer) => ({ seed, producer }))),
  { seed: '001-break', producer: 'libreoffice' },
  { seed: '001-break', producer: 'chromium' },
];

/** As in test/readers/pdf-equivalence.test.ts: header paths, labels, kinds, regions and values. */
function canonical(doc: Document) {
  return doc.tables.map((t) => ({
    columns: t.columns.map((c) => c.header.map((h) => h.replace(/\*/g, '').replace(/\s+/g, ' '))),
    rows: t.rows.map((r) => ({
      label: r.label.replace(/\s+/g, ' '),
      kind: r.kind,
      region: r.region?.code ?? null,
      values: r.cells.map((c) => (c.value === null ? null : c.value.toFixed())),
    })),
  }));
}
const key = (f: Finding) => [f.ruleId, f.severity, f.expected ?? '', f.actual ?? ''].join('|');
const tableFindings = (fs: Finding[]) => fs.filter((f) => /^(table|region)\//.test(f.ruleId)).map(key).sort();

describe.each(cases)('seed $seed printed by $producer', ({ seed, producer }) => {
  it('the same tables and table findings as the text', { timeout: 30_000 }, async () => {
    const [pdf, txt] = await Promise.all([loadDocument(`${DIR}/${seed}.${producer}.pdf`), loadDocument(`corpus/${SEEDS[seed]}.txt`)]);
    const expected = canonical(txt);
    expect(expected.length).toBeGreaterThan(0);
    expect(canonical(pdf)).toEqual(expected);
    expect(tableFindings(await audit(pdf))).toEqual(tableFindings(await audit(txt)));
  });
});

it('001-break: the region table runs over the page break and is one table', async () => {
  const doc = await loadDocument(`${DIR}/001-break.libreoffice.pdf`);
  const pages = new Set(doc.tables[0]!.rows.map((r) => r.location.page));
  expect([...pages].sort()).toEqual([1, 2]);
});
