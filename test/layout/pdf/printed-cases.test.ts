import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/document/load.js';
import { audit, compareTables, newFindings, regionTables, type Expected } from '../../bench/pdf-tables/compare.js';
import { CASES } from '../../bench/pdf-tables/cases.js';

/**
 * Hand-made region tables in the layouts the round-trip benchmark found read wrongly, printed
 * by real producers (test/bench/pdf-tables/make-cases.ts): each reads back cell by cell as
 * written, with the headers as printed and no false error; the mutant (one cell changed, the
 * total not) is flagged.
 */
const DIR = 'test/fixtures/pdf/tables/cases';
const runs = CASES.flatMap((c) => c.producers.filter((p) => p !== 'ocr-crop').map((producer) => ({ id: c.spec.id, producer, c })));
const scans = CASES.filter((c) => c.producers.includes('ocr-crop')).map((c) => ({ id: c.spec.id }));

describe.each(runs)('$id printed by $producer', ({ id, producer, c }) => {
  it('reads back as written, headers included, without a false error', { timeout: 30_000 }, async () => {
    const expected = JSON.parse(readFileSync(`${DIR}/${id}.json`, 'utf8')) as Expected;
    const doc = await loadDocument(`${DIR}/${id}.${producer}.pdf`);
    const cmp = compareTables(doc, expected);
    expect(cmp.notes).toEqual([]);
    expect(cmp.exact).toBe(cmp.cells);
    const headers = c.spec.groups.flatMap((g) => g.columns.map((name) => (g.title ? [g.title, name] : [name])));
    expect(regionTables(doc)[0]!.columns.map((col) => col.header)).toEqual(headers);
    expect((await audit(doc)).filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    const mutant = `${DIR}/${id}m.${producer}.pdf`;
    if (existsSync(mutant)) expect(newFindings(await audit(await loadDocument(mutant)), await audit(doc)).length).toBeGreaterThan(0);
  });
});

/**
 * Scans with an OCR layer (tesseract over a 300 dpi image of the print): what OCR reads may be
 * wrong, so every cell says it was read by OCR, and no finding over such cells is an error.
 */
describe.each(scans)('$id scanned and read by OCR', ({ id }) => {
  it('marks every cell as read by OCR; a sum that disagrees is a warning that says so, never an error', { timeout: 30_000 }, async () => {
    const doc = await loadDocument(`${DIR}/${id}.ocr-crop.pdf`);
    const cells = doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells)).filter((c) => c.raw !== '');
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => c.readBy === 'ocr')).toBe(true);
    const original = await audit(doc);
    const mutant = await audit(await loadDocument(`${DIR}/${id}m.ocr-crop.pdf`));
    expect([...original, ...mutant].filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    const sums = [...original, ...mutant].filter((f) => f.ruleId.startsWith('table/'));
    for (const f of sums) expect(f.message).toContain('läst med OCR ur en skannad bild');
  });
});
