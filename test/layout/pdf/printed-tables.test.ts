import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/document/load.js';
import { audit, compareTables, newFindings, type Expected } from '../../bench/pdf-tables/compare.js';

/**
 * A fixed sample of the round-trip benchmark (npm run bench:pdf-tables, SAVE_SAMPLE=1): random
 * region tables, their source (HTML, LaTeX) and the values they were generated from (JSON),
 * printed by each producer, with a mutant (one cell changed, the total not).
 */
const DIR = 'test/fixtures/pdf/tables';
const files = readdirSync(DIR);
const cases = files
  .filter((f) => /^t\d+\.json$/.test(f))
  .flatMap((json) => {
    const id = json.replace(/\.json$/, '');
    return files.filter((f) => f.startsWith(`${id}.`) && f.endsWith('.pdf')).map((pdf) => ({ id, producer: pdf.split('.')[1]!, pdf }));
  });

describe.each(cases)('table $id printed by $producer', ({ id, producer }) => {
  const expected = JSON.parse(readFileSync(`${DIR}/${id}.json`, 'utf8')) as Expected;
  it('reads back cell by cell as generated, without a false error; its mutant is flagged', { timeout: 30_000 }, async () => {
    const doc = await loadDocument(`${DIR}/${id}.${producer}.pdf`);
    const cmp = compareTables(doc, expected);
    expect(cmp.notes).toEqual([]);
    expect(cmp.exact).toBe(cmp.cells);
    const findings = await audit(doc);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([]);
    const mutant = await loadDocument(`${DIR}/${id}m.${producer}.pdf`);
    expect(newFindings(await audit(mutant), findings).map((f) => f.ruleId)).toContain('table/column-total');
  });
});

it('the sample covers every producer but OCR', () => {
  expect(new Set(cases.map((c) => c.producer))).toEqual(new Set(['libreoffice', 'word', 'chromium', 'pdftex', 'ghostscript', 'qpdf', 'mutool']));
});
