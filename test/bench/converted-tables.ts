/**
 * Round trip of tables through text as real converters write it: each random table of the text
 * benchmark (test/bench/text-tables/spec.ts, with its prose, caption, unit and mutant) is written
 * as HTML (render.ts's html), turned into text by the programs on this machine people copy or
 * convert pages with, read back with kronkoll and scored as text-tables scores (score.ts):
 *
 *   browser-copy           Chromium, the page's document.body.innerText (what copying from the browser gives)
 *   lo-text                LibreOffice Writer, HTML → Text (soffice --convert-to txt)
 *   lo-pdftotext           LibreOffice's PDF of the page → pdftotext (raw order)
 *   lo-pdftotext-layout    LibreOffice's PDF → pdftotext -layout
 *   lo-mutool              LibreOffice's PDF → mutool draw -F txt
 *   lo-pdfminer            LibreOffice's PDF → pdf2txt (python3-pdfminer)
 *   chromium-pdftotext, chromium-pdftotext-layout, chromium-mutool, chromium-pdfminer: the same from Chromium's printed PDF
 *
 *   npm run bench:converted-tables                       the tuning seed, 40 tables × every converter
 *   SEED=measuring npm run bench:converted-tables
 *   CONVERTERS=lo-text,browser-copy KEEP=1 SAMPLES=10 npm run bench:converted-tables
 *   REUSE=/tmp/kronkoll-converted-tables-XXXX npm run bench:converted-tables   read a KEEP=1 run's text again
 *
 * Needs Debian's chromium, libreoffice-writer-nogui, poppler-utils, mupdf-tools and
 * python3-pdfminer (.ci/apt-packages names them; CI does not install them: npm test does not run
 * this). Two seeds as text-tables: tune on the tuning seed only. Conversions are batched (one
 * browser, one soffice call per output) and the rest run two at a time (2 cores). Generated files
 * go to a temporary folder (KEEP=1 keeps them).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pool } from './pdf-tables/producers.js';
import { runRoundTrips } from './round-trip-run.js';
import { render } from './text-tables/render.js';
import { scoreTable } from './text-tables/score.js';
import { printTableReport, tableTallies } from './text-tables/tally.js';
import { mutant, randomTable, type TextTable } from './text-tables/spec.js';

const SEEDS: Record<string, number> = { tuning: 20261129, measuring: 7304113 };
const seedArg = process.env.SEED ?? 'tuning';
const SEED = SEEDS[seedArg] ?? Number(seedArg);
const TABLES = Number(process.env.TABLES ?? 40);
const PDF_TOOLS = ['pdftotext', 'pdftotext-layout', 'mutool', 'pdfminer'] as const;
const CONVERTERS = ['browser-copy', 'lo-text', ...PDF_TOOLS.map((t) => `lo-${t}`), ...PDF_TOOLS.map((t) => `chromium-${t}`)];
const converters = process.env.CONVERTERS?.split(',') ?? CONVERTERS;
// REUSE=DIR reads the converted text a KEEP=1 run left in DIR again, without converting (the same seed and TABLES).
if (process.env.REUSE) process.env.KEEP ??= '1';
const dir = process.env.REUSE ?? mkdtempSync(join(tmpdir(), 'kronkoll-converted-tables-'));
const out = join(dir, 'converted');
mkdirSync(out, { recursive: true });

/** Runs a program; its standard output is returned (or written to `to`). */
function run(cmd: string, args: string[], to?: string, timeoutMs = 300_000): Promise<string> {
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'], timeout: timeoutMs });
    const chunks: Buffer[] = [];
    p.stdout.on('data', (d: Buffer) => chunks.push(d));
    p.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (to) writeFileSync(to, text);
      resolve(text);
    });
    p.on('error', () => resolve(''));
  });
}

const converted = (name: string, converter: string) => join(out, `${name}.${converter}.txt`);

/** Every table and mutant as HTML, then each converter over all of them. */
async function convertAll(tables: TextTable[]): Promise<void> {
  const names = tables.map((t) => t.id);
  for (const t of tables) writeFileSync(join(dir, `${t.id}.html`), render(t, 'html').text);
  const want = (prefix: string) => converters.some((c) => c.startsWith(prefix));
  if (want('browser-copy') || want('chromium-')) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const context = await browser.newContext();
      await pool(names, 2, async (n) => {
        const page = await context.newPage();
        await page.goto(`file://${join(dir, `${n}.html`)}`);
        writeFileSync(converted(n, 'browser-copy'), await page.evaluate(() => document.body.innerText));
        if (want('chromium-')) await page.pdf({ path: join(dir, `${n}.chromium.pdf`), displayHeaderFooter: false });
        await page.close();
      });
    } finally {
      await browser.close();
    }
  }
  const profile = `-env:UserInstallation=file://${join(dir, '.lo-profile')}`;
  const soffice = async (to: string, outdir: string) => {
    mkdirSync(outdir, { recursive: true });
    for (let k = 0; k < names.length; k += 60) {
      await run('soffice', ['--headless', profile, '--infilter=HTML (StarWriter)', '--convert-to', to, '--outdir', outdir, ...names.slice(k, k + 60).map((n) => join(dir, `${n}.html`))], undefined, 1_200_000);
    }
  };
  if (want('lo-text')) {
    await soffice('txt:Text (encoded):UTF8,LF,,,', join(dir, 'lo-text'));
    for (const n of names) {
      const f = join(dir, 'lo-text', `${n}.txt`);
      writeFileSync(converted(n, 'lo-text'), existsSync(f) ? readFileSync(f, 'utf8') : '');
    }
  }
  if (want('lo-pdf') || want('lo-mutool')) await soffice('pdf:writer_pdf_Export', join(dir, 'lo'));
  const pdfOf = (n: string, producer: string) => (producer === 'lo' ? join(dir, 'lo', `${n}.pdf`) : join(dir, `${n}.chromium.pdf`));
  const jobs: [string, string, (typeof PDF_TOOLS)[number]][] = [];
  for (const producer of ['lo', 'chromium'])
    for (const tool of PDF_TOOLS) if (converters.includes(`${producer}-${tool}`)) for (const n of names) jobs.push([n, producer, tool]);
  await pool(jobs, 2, async ([n, producer, tool]) => {
    const pdf = pdfOf(n, producer);
    const to = converted(n, `${producer}-${tool}`);
    if (!existsSync(pdf)) return void writeFileSync(to, '');
    if (tool === 'pdftotext') await run('pdftotext', ['-enc', 'UTF-8', pdf, to]);
    else if (tool === 'pdftotext-layout') await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, to]);
    else if (tool === 'mutool') await run('mutool', ['draw', '-q', '-F', 'txt', '-o', to, pdf]);
    else await run('pdf2txt', [pdf], to);
  });
}

const t0 = Date.now();
const samples: TextTable[] = [];
for (let k = 0; k < TABLES; k++) {
  const t = randomTable(`t${String(k).padStart(3, '0')}`, SEED + k);
  samples.push(t);
  const m = mutant(t);
  if (m) samples.push(m);
}
if (!process.env.REUSE) await convertAll(samples);
const convertSeconds = (Date.now() - t0) / 1000;

const { tallies, add } = tableTallies();
const report = await runRoundTrips({
  count: TABLES,
  seed: SEED,
  prefix: 't',
  dir,
  renderings: converters,
  make: randomTable,
  mutant,
  // The converter's text as it wrote it: the loop writes it beside the HTML for kronkoll to read.
  render: (t, converter) => ({ text: existsSync(converted(t.id, converter)) ? readFileSync(converted(t.id, converter), 'utf8') : '', ext: '.txt' }),
  score: scoreTable,
  tally: add,
});

console.log(`\n${TABLES} random tables as HTML (seed ${SEED}${SEEDS[seedArg] ? `, the ${seedArg} seed` : ''}), ${converters.length} converters; converted in ${convertSeconds.toFixed(0)} s, read in ${report.seconds.toFixed(0)} s\n`);
printTableReport('converter', converters, tallies, report, dir);
