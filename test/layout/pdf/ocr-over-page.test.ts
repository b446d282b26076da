import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/document/load.js';
import { audit, compareTables, newFindings, regionTables, type Expected } from '../../bench/pdf-tables/compare.js';

/**
 * Two region tables over a page break, printed by LibreOffice from the HTML beside them, scanned
 * at 300 dpi and read by tesseract (swe, its own page segmentation) as the benchmark's OCR
 * producer does; each with its mutant (one cell changed, total unchanged). To keep the files
 * small the scan image was replaced by one grey pixel (qpdf --qdf, the image stream rewritten,
 * fix-qdf): the text layer, all the reader reads, is tesseract's as written, and reads item for
 * item as the full file. The .json holds the source's values. Checked by hand against the text
 * layer:
 *
 * - ruled (over-page-ruled): cell borders read as a last "1" in a box three digits wide
 *   ("990 0771", "1 033 0241"), "5 0291" a digit narrower than its column's numbers, the gap
 *   between two columns read as a dash ("87 510-102 412"), the header "Kompetens|";
 * - borderless (over-page-borderless): the repeated header's group row read "yes" on page 1
 *   and "na" on page 2, "98.330", signs after specks ("<—57086", "=—11027"), "Mästernorrlands"
 *   for Västernorrlands, and a total row where tesseract read digits that are not printed
 *   ("41365 296" for 1 365 296, "19090 132" for 1 090 132): those two cannot be read right and
 *   must be uncertain.
 */
const DIR = 'test/fixtures/pdf/tables/ocr';

describe.each([
  { name: 'over-page-ruled', lost: [] as string[] },
  { name: 'over-page-borderless', lost: ['total 3', 'total 4'] },
])('a scanned table over a page break ($name)', ({ name, lost }) => {
  it('is one table, every cell as printed but those tesseract misread, which are uncertain; no error; the mutant is flagged', { timeout: 30_000 }, async () => {
    const expected = JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8')) as Expected;
    const doc = await loadDocument(`${DIR}/${name}.ocr-text.pdf`);
    const cmp = compareTables(doc, expected);
    expect(cmp.tables).toBe(1);
    expect(cmp.exact).toBe(cmp.cells - lost.length);
    const total = regionTables(doc)[0]!.rows.find((r) => r.kind === 'total')!;
    for (const l of lost) expect(total.cells[Number(l.split(' ')[1]) - 1]!.uncertain).toBeDefined();
    const findings = await audit(doc);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const mutant = await loadDocument(`${DIR}/${name}-mutant.ocr-text.pdf`);
    expect(newFindings(await audit(mutant), findings).length).toBeGreaterThan(0);
  });
});
