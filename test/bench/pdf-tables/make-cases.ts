/**
 * Prints the hand-made cases (cases.ts) with the producers each names, into
 * test/fixtures/pdf/tables/cases/ (source, values, the original's and the mutant's PDF).
 *   npx tsx test/bench/pdf-tables/make-cases.ts [id-prefix]
 * Needs the Debian packages in .ci/apt-packages.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Expected } from './compare.js';
import { CASES } from './cases.js';
import { PRODUCERS, sh } from './producers.js';
import { toHtml, toLatex } from './sources.js';
import type { TableSpec } from './spec.js';

const expectedOf = (spec: TableSpec): Expected => ({ rows: spec.rows.map((r) => ({ code: r.code, values: r.values.map(String) })), total: spec.total.map(String) });

const OUT = 'test/fixtures/pdf/tables/cases';
const only = process.argv[2];
const dir = mkdtempSync(join(tmpdir(), 'kronkoll-pdf-cases-'));
mkdirSync(OUT, { recursive: true });
const cases = CASES.filter((c) => !only || c.spec.id.startsWith(only));
for (const c of cases) {
  for (const s of [c.spec, c.mutant]) {
    writeFileSync(join(dir, `${s.id}.html`), toHtml(s));
    writeFileSync(join(dir, `${s.id}.tex`), toLatex(s));
  }
  writeFileSync(join(OUT, `${c.spec.id}.html`), toHtml(c.spec));
  writeFileSync(join(OUT, `${c.spec.id}.tex`), toLatex(c.spec));
  writeFileSync(join(OUT, `${c.spec.id}.json`), `${JSON.stringify(expectedOf(c.spec), null, 1)}\n`);
}
// The mutant with the first producer only: the fixtures stay small (pdfTeX's fonts weigh 150 kB a file).
// 'ocr-crop': the top of the Chromium print's first page scanned at 300 dpi in black and white
// (small files) and read by tesseract, which writes the image with invisible text over it.
const keeps = (c: (typeof cases)[number], name: string): string[] => (!c.producers.includes(name) ? [] : c.producers[0] === name ? [c.spec.id, c.mutant.id] : [c.spec.id]);
for (const p of PRODUCERS) {
  const kept = cases.flatMap((c) => keeps(c, p.name));
  const names = [...kept, ...(p.name === 'chromium' ? cases.flatMap((c) => keeps(c, 'ocr-crop')) : [])];
  if (names.length === 0) continue;
  await p.run(dir, names);
  for (const n of kept) {
    const pdf = join(dir, `${n}.${p.name}.pdf`);
    if (existsSync(pdf)) copyFileSync(pdf, join(OUT, `${n}.${p.name}.pdf`));
    else console.error(`${n}: ${p.name} printed nothing`);
  }
}
for (const n of cases.flatMap((c) => keeps(c, 'ocr-crop'))) {
  const base = join(dir, `${n}-scan`);
  await sh('pdftoppm', ['-r', '300', '-mono', '-png', '-singlefile', '-f', '1', '-l', '1', '-x', '0', '-y', '0', '-W', '2480', '-H', '1500', join(dir, `${n}.chromium.pdf`), base]);
  await sh('tesseract', [`${base}.png`, base, '-l', 'swe', '--psm', '6', 'pdf']);
  if (existsSync(`${base}.pdf`)) copyFileSync(`${base}.pdf`, join(OUT, `${n}.ocr-crop.pdf`));
  else console.error(`${n}: tesseract wrote nothing`);
}
rmSync(dir, { recursive: true, force: true });
console.log(`printed ${cases.length} cases into ${OUT}`);
