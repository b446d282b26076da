/**
 * Times PDF extraction on a document of 180+ pages made from the fixture PDFs, against
 * `pdftotext -layout` and pdfminer.six's pdf2txt, interleaved, medians of several runs.
 * Needs qpdf, poppler-utils, python3-pdfminer (Debian). Prints figures; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MIN_PAGES = 180;

if (process.argv[2] === '--child') {
  // Child mode: what `kronkoll extract` does with a PDF, reading and laying out, in a fresh process.
  const { readPdf } = await import('../../src/readers/pdf.js');
  const file = process.argv[3]!;
  const layout = await readPdf(file, new Uint8Array(readFileSync(file)));
  process.stdout.write(JSON.stringify({ pages: layout.pages, blocks: layout.blocks.length }));
  process.exit(0);
}

function which(...names: string[]): string | null {
  for (const n of names) if (spawnSync('sh', ['-c', `command -v ${n}`]).status === 0) return n;
  return null;
}

const dir = mkdtempSync(join(tmpdir(), 'kronkoll-bench-'));
const fixtures = readdirSync('corpus/pdf').filter((f) => f.endsWith('.pdf')).map((f) => join('corpus/pdf', f));
const pagesOf = (f: string) => Number(spawnSync('qpdf', ['--show-npages', f]).stdout.toString().trim());
const perRound = fixtures.reduce((n, f) => n + pagesOf(f), 0);
const rounds = Math.ceil(MIN_PAGES / perRound);
const big = join(dir, 'big.pdf');
const inputs = Array.from({ length: rounds }, () => fixtures).flat();
const made = spawnSync('qpdf', ['--empty', '--pages', ...inputs, '--', big]);
if (made.status !== 0) throw new Error(`qpdf failed: ${made.stderr.toString()}`);
const pages = pagesOf(big);

const cli = existsSync('dist/src/cli/main.js') ? ['node', 'bin/kronkoll.js', 'extract', big, '--format', 'json'] : null;
const kronkoll = cli ?? ['node', '--import', 'tsx', 'test/bench/pdf.ts', '--child', big];
const pdfminer = which('pdf2txt', 'pdf2txt.py');
const tools: [string, string[]][] = [
  ['kronkoll', kronkoll],
  ['pdftotext', ['pdftotext', '-layout', big, join(dir, 'out.txt')]],
  ...(pdfminer ? ([['pdfminer', [pdfminer, '-o', join(dir, 'out-miner.txt'), big]]] as [string, string[]][]) : []),
];

/** Wall time and peak resident memory of one run, through GNU time. */
function run(cmd: string[]): { ms: number; kb: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...cmd], { maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed: ${r.stderr.toString().slice(-500)}`);
  const kb = Number(r.stderr.toString().trim().split('\n').pop());
  return { ms, kb };
}

const times = new Map<string, number[]>(tools.map(([n]) => [n, []]));
const mem = new Map<string, number>();
for (let i = 0; i < RUNS; i++) {
  for (const [name, cmd] of tools) {
    const { ms, kb } = run(cmd);
    times.get(name)!.push(ms);
    mem.set(name, Math.max(mem.get(name) ?? 0, kb));
  }
}
const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
console.log(`document: ${pages} pages (${fixtures.length} fixtures × ${rounds}), ${RUNS} interleaved runs each`);
console.log(`kronkoll runs as: ${kronkoll.join(' ')}`);
for (const [name] of tools) console.log(`${name.padEnd(10)} median ${median(times.get(name)!).toFixed(0).padStart(6)} ms   peak RSS ${(mem.get(name)! / 1024).toFixed(0)} MB`);
const k = median(times.get('kronkoll')!);
console.log(`kronkoll / pdftotext: ${(k / median(times.get('pdftotext')!)).toFixed(2)}× (target ≤ 3×)`);
if (pdfminer) console.log(`pdfminer / kronkoll: ${(median(times.get('pdfminer')!) / k).toFixed(1)}× faster (target ≥ 10×)`);
console.log(`kronkoll peak memory: ${(mem.get('kronkoll')! / 1024).toFixed(0)} MB (target ≤ 300 MB)`);
