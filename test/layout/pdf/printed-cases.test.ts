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
const runs = CASES.flatMap((c) => c.producers.map((producer) => ({ id: c.spec.id, producer, c })));

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
