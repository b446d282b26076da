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
import { PRODUCERS } from './producers.js';
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
for (const p of PRODUCERS) {
  // The mutant with the first producer only: the fixtures stay small (pdfTeX's fonts weigh 150 kB a file).
  const names = cases.filter((c) => c.producers.includes(p.name)).flatMap((c) => (c.producers[0] === p.name ? [c.spec.id, c.mutant.id] : [c.spec.id]));
  if (names.length === 0) continue;
  await p.run(dir, names);
  for (const n of names) {
    const pdf = join(dir, `${n}.${p.name}.pdf`);
    if (existsSync(pdf)) copyFileSync(pdf, join(OUT, `${n}.${p.name}.pdf`));
    else console.error(`${n}: ${p.name} printed nothing`);
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(`printed ${cases.length} cases into ${OUT}`);
