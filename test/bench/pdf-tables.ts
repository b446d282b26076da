/**
 * Round trip of region tables through the PDF producers people use: random tables
 * (test/bench/pdf-tables/spec.ts) written as HTML and LaTeX, printed by every producer,
 * read back with kronkoll and compared cell by cell with the source; each table's mutant
 * (one cell changed, total unchanged) must be flagged by the audit.
 *
 *   npm run bench:pdf-tables            200 tables, every producer
 *   TABLES=40 PRODUCERS=chromium,pdftex OCR_TABLES=20 SEED=7 KEEP=1 npm run bench:pdf-tables
 *
 * OCR is slow (300 dpi, tesseract per page): it runs on the first OCR_TABLES tables (default 10; about half a minute per page here).
 * SAVE_SAMPLE=1 copies the first two tables of every producer but OCR (original, mutant, source
 * values) to test/fixtures/pdf/tables/ for the test suite.
 * Needs the Debian packages in .ci/apt-packages (LibreOffice, Chromium, TeX Live, Ghostscript,
 * qpdf, mupdf-tools, poppler-utils, tesseract). Prints figures; asserts nothing.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { roundTrip, type Expected, type RoundTrip } from './pdf-tables/compare.js';
import { wrongCellsLostByOcr } from './pdf-tables/ocr-layer.js';
import { PRODUCERS } from './pdf-tables/producers.js';
import { toHtml, toLatex } from './pdf-tables/sources.js';
import { mutant, randomSpec, type TableSpec } from './pdf-tables/spec.js';

const TABLES = Number(process.env.TABLES ?? 200);
const OCR_TABLES = Number(process.env.OCR_TABLES ?? 10);
const only = process.env.PRODUCERS?.split(',');

export function expectedOf(spec: TableSpec): Expected {
  return { rows: spec.rows.map((r) => ({ code: r.code, values: r.values.map(String) })), total: spec.total.map(String) };
}

// REUSE=DIR reads the PDFs a kept run (KEEP=1) left in DIR again, without printing, with the seed it recorded.
const reuse = process.env.REUSE;
const dir = reuse ?? mkdtempSync(join(tmpdir(), 'kronkoll-pdf-tables-'));
// A kept run records its seed, so that reading it again regenerates the same tables (the OCR
// breakdown needs their labels) whatever SEED says.
const seedFile = join(dir, 'seed.txt');
const SEED = Number(reuse && existsSync(seedFile) ? readFileSync(seedFile, 'utf8') : (process.env.SEED ?? 20261128));
if (!reuse) writeFileSync(seedFile, String(SEED));
const specs = Array.from({ length: TABLES }, (_, k) => randomSpec(`t${String(k).padStart(3, '0')}`, SEED + k));
for (const spec of reuse ? [] : specs) {
  const m = mutant(spec, SEED + spec.id.length);
  for (const s of [spec, m.spec]) {
    writeFileSync(join(dir, `${s.id}.html`), toHtml(s));
    writeFileSync(join(dir, `${s.id}.tex`), toLatex(s));
  }
  writeFileSync(join(dir, `${spec.id}.json`), JSON.stringify(expectedOf(spec)));
}

const producers = PRODUCERS.filter((p) => !only || only.includes(p.name));
// Producers that rewrite another's output need it: run that one too when only they are asked for.
if (!reuse) for (const p of [...producers]) if (p.after && !producers.some((q) => q.name === p.after)) producers.unshift(PRODUCERS.find((q) => q.name === p.after)!);
const ordered = [...producers.filter((p) => !p.after), ...producers.filter((p) => p.after)];
const ocrNames = new Set(specs.slice(0, OCR_TABLES).flatMap((s) => [s.id, `${s.id}m`]));
const allNames = specs.flatMap((s) => [s.id, `${s.id}m`]);

const times = new Map<string, number>();
for (const p of reuse ? [] : ordered) {
  const t0 = Date.now();
  await p.run(dir, p.name === 'ocr' ? allNames.filter((n) => ocrNames.has(n)) : allNames);
  times.set(p.name, Date.now() - t0);
  process.stderr.write(`${p.name}: printed in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}

interface Tally {
  tables: number;
  missing: number;
  cells: number;
  exact: number;
  wholeTables: number;
  falseError: number;
  flagged: number;
  /** OCR only: wrong cells the text layer does not hold (see ocr-layer.ts). */
  lostByOcr: number;
  samples: string[];
}

const results = new Map<string, Tally>();
for (const p of producers) {
  const tally: Tally = { tables: 0, missing: 0, cells: 0, exact: 0, wholeTables: 0, falseError: 0, flagged: 0, lostByOcr: 0, samples: [] };
  for (const spec of specs) {
    if (p.name === 'ocr' && !ocrNames.has(spec.id)) continue;
    const original = join(dir, `${spec.id}.${p.name}.pdf`);
    const mutated = join(dir, `${spec.id}m.${p.name}.pdf`);
    tally.tables++;
    const expected = JSON.parse(readFileSync(join(dir, `${spec.id}.json`), 'utf8')) as Expected;
    if (!existsSync(original) || !existsSync(mutated)) {
      tally.missing++;
      continue;
    }
    const r: RoundTrip = await roundTrip(original, mutated, expected);
    tally.cells += r.cells;
    tally.exact += r.exact;
    if (p.name === 'ocr') tally.lostByOcr += await wrongCellsLostByOcr(original, spec);
    if (r.tables === 1) tally.wholeTables++;
    if (r.falseErrors.length > 0) tally.falseError++;
    if (r.flagged) tally.flagged++;
    const wrong = r.readError ?? (r.exact < r.cells || r.falseErrors.length > 0 || !r.flagged ? [...r.notes, ...r.falseErrors.map((f) => `${f.ruleId}: ${f.message}`), r.flagged ? '' : 'mutant not flagged'].filter(Boolean).join('; ') : '');
    if (wrong && tally.samples.length < Number(process.env.SAMPLES ?? 3)) tally.samples.push(`${spec.id}: ${wrong.slice(0, 400)}`);
  }
  results.set(p.name, tally);
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(a === b ? 0 : 1)} %`);
console.log(`\n${TABLES} random region tables (seed ${SEED}); OCR on the first ${Math.min(OCR_TABLES, TABLES)}\n`);
console.log('| producer | tables | cells exact | one table (not split) | tables with a false error | mutants flagged |');
console.log('|---|---|---|---|---|---|');
for (const p of producers) {
  const t = results.get(p.name)!;
  const printed = t.tables - t.missing;
  console.log(`| ${p.label} | ${printed}${t.missing ? ` (${t.missing} not printed)` : ''} | ${pct(t.exact, t.cells)} | ${pct(t.wholeTables, printed)} | ${t.falseError} | ${pct(t.flagged, printed)} |`);
}
const ocr = results.get('ocr');
if (ocr && ocr.cells > 0) {
  const wrong = ocr.cells - ocr.exact;
  console.log(`\nOCR: ${wrong} of ${ocr.cells} cells not exact; ${ocr.lostByOcr} of them are not in the text layer (digits or row label lost or misread by tesseract), ${wrong - ocr.lostByOcr} are the reader's`);
}
for (const p of producers) {
  const t = results.get(p.name)!;
  if (t.samples.length > 0) console.log(`\n${p.name}:\n  ${t.samples.join('\n  ')}`);
}
if (process.env.SAVE_SAMPLE) {
  const out = 'test/fixtures/pdf/tables';
  mkdirSync(out, { recursive: true });
  for (const spec of specs.slice(0, 2)) {
    copyFileSync(join(dir, `${spec.id}.json`), join(out, `${spec.id}.json`));
    copyFileSync(join(dir, `${spec.id}.html`), join(out, `${spec.id}.html`));
    copyFileSync(join(dir, `${spec.id}.tex`), join(out, `${spec.id}.tex`));
    for (const p of producers) {
      if (p.name === 'ocr') continue;
      for (const n of [spec.id, `${spec.id}m`]) if (existsSync(join(dir, `${n}.${p.name}.pdf`))) copyFileSync(join(dir, `${n}.${p.name}.pdf`), join(out, `${n}.${p.name}.pdf`));
    }
  }
  console.log(`\nsample saved in ${out}`);
}
if (process.env.KEEP || reuse) console.log(`\nfiles kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });

