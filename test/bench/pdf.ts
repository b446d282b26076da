/**
 * Times PDF extraction on a document of 180+ pages made from the fixture PDFs, against
 * `pdftotext -layout` and pdfminer.six's pdf2txt, interleaved, medians of several runs.
 * Needs qpdf, poppler-utils, python3-pdfminer (Debian). Prints figures; asserts nothing.
 *
 * Rows: `kronkoll` is the whole CLI (`extract --format json`: start-up, every module, reading,
 * document building, JSON) when the build in dist/ runs; `kronkoll-read` is a fresh process that
 * only reads the PDF (readPdf: fast path, pdfjs fallback), with the CLI's V8 tiering (as the
 * phases below are). BENCH_PDFJS=1 adds `kronkoll-pdfjs`,
 * the same read forced through pdfjs, for before/after figures. BENCH_PDFMINER=0 leaves pdfminer
 * out; BENCH_RUNS sets the number of interleaved runs (5). BENCH_PHASES=1 adds the read
 * thread's time phase by phase (loading the modules, read pages, layout, model, JSON), cold, in a
 * fresh process, and the same phases run again warm in that process. BENCH_NODES (default
 * "22,24") adds the whole CLI under those Node majors too, taken from the npm registry's `node`
 * package as CI takes them (`npx node@N`), since users run the CLI on them; "" leaves them out.
 *
 * Run from another checkout's folder (`cd OTHER && npx tsx PATH/test/bench/pdf.ts`), it times
 * that checkout's build, so two versions are compared with one bench.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MIN_PAGES = 180;

if (process.argv[2] === '--phases') {
  // Phase mode: the work of one read thread, phase by phase, cold, in one fresh process on the
  // compiled tree (dist/src): loading the modules, read pages (fast reader), layout, model, JSON. CPU is user + system
  // of the process, so V8's compiler threads count with the phase they compile for.
  const root = process.argv[4]!;
  const imp = (p: string) => import(join(root, 'dist/src', p));
  const startWall = performance.now();
  const startCpu = process.cpuUsage();
  // The V8 tiering the CLI sets at its start (src/cli/jit-tiering.ts), when the build has it.
  (await imp('cli/jit-tiering.js').catch(() => null))?.tierLater();
  const [{ readFastPages }, { toLayout }, { buildDocument }, { documentJsonText }] = await Promise.all([
    imp('readers/pdf/fast/read.js'),
    imp('readers/pdf/index.js'),
    imp('document/build.js'),
    imp('report/extract-json.js'),
  ]);
  const file = process.argv[3]!;
  const bytes = new Uint8Array(readFileSync(file));
  // Loading the modules the phases need (the compiled tree, a file per module: more than the
  // bundle costs, but what one change adds or saves shows here too).
  const loaded = process.cpuUsage(startCpu);
  const out: Record<string, [number, number]> = { modules: [performance.now() - startWall, (loaded.user + loaded.system) / 1000] };
  let wall = performance.now();
  let cpu = process.cpuUsage();
  const lap = (name: string) => {
    const c = process.cpuUsage(cpu);
    out[name] = [performance.now() - wall, (c.user + c.system) / 1000];
    wall = performance.now();
    cpu = process.cpuUsage();
  };
  // Twice: the second pass, in the same process, is the same work with the code compiled and
  // optimised, so cold minus warm is what warming up costs each phase.
  for (const pass of ['', ' (warm)']) {
    const fast = readFastPages(file, bytes, 2000, Date.now() + 600_000);
    if (!fast.ok) throw new Error(`fast reader declined: ${fast.reason}`);
    lap(`read pages${pass}`);
    const layout = toLayout(file, fast.count, fast.pages, [], { engine: 'fast', fallback: null });
    lap(`layout${pass}`);
    const doc = buildDocument(layout);
    lap(`model${pass}`);
    documentJsonText(doc);
    lap(`JSON${pass}`);
  }
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
}

if (process.argv[2] === '--child') {
  // Child mode (no build): read and lay out one PDF in a fresh process.
  const { readPdf } = await import('../../src/readers/pdf/index.js');
  const file = process.argv[3]!;
  const engine = (process.argv[4] ?? 'auto') as 'auto' | 'pdfjs';
  const layout = await readPdf(file, new Uint8Array(readFileSync(file)), { engine });
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

const cliWorks = existsSync('dist/src/cli/main.js') && spawnSync('node', ['bin/kronkoll.js', '--help']).status === 0;
// With a build, the reading child is plain node on the compiled reader (no TypeScript loader to
// start); without one, this file in child mode under tsx.
const reader = join(process.cwd(), 'dist/src/readers/pdf/index.js');
const script = join(dir, 'read.mjs');
writeFileSync(
  script,
  `import { readFileSync } from 'node:fs';\n` +
    // The V8 tiering the CLI sets at its start, when the build has it.
    `(await import(${JSON.stringify(join(process.cwd(), 'dist/src/cli/jit-tiering.js'))}).catch(() => null))?.tierLater();\n` +
    `const { readPdf } = await import(${JSON.stringify(reader)});\n` +
    `const l = await readPdf(process.argv[2], new Uint8Array(readFileSync(process.argv[2])), { engine: process.argv[3] });\n` +
    `process.stdout.write(JSON.stringify({ pages: l.pages, blocks: l.blocks.length }));\n`,
);
const childCmd = (engine: string) => (existsSync(reader) ? ['node', script, big, engine] : ['node', '--import', 'tsx', 'test/bench/pdf.ts', '--child', big, engine]);
// BENCH_PDFMINER=0 leaves pdfminer out (a minute or more per run), for before/after runs of kronkoll alone.
const pdfminer = process.env.BENCH_PDFMINER === '0' ? null : which('pdf2txt', 'pdf2txt.py');
/** The node binary of another major from the npm registry's `node` package, or null (not installable here). */
function nodeOf(major: string): string | null {
  const r = spawnSync('npx', ['--yes', `node@${major}`, '-p', 'process.execPath'], { encoding: 'utf8', timeout: 300_000 });
  const path = r.status === 0 ? r.stdout.trim().split('\n').pop()! : '';
  return path && existsSync(path) ? path : null;
}
const otherNodes: [string, string][] = [];
for (const major of (process.env.BENCH_NODES ?? '22,24').split(',').filter((m) => m.trim() !== '' && m.trim() !== process.versions.node.split('.')[0])) {
  const bin = cliWorks ? nodeOf(major.trim()) : null;
  if (bin) otherNodes.push([`kronkoll-node${major.trim()}`, bin]);
  else if (cliWorks) console.log(`Node ${major}: not available (npx node@${major} failed); its row left out`);
}
const tools: [string, string[]][] = [
  ...(cliWorks ? ([['kronkoll', ['node', 'bin/kronkoll.js', 'extract', big, '--format', 'json']]] as [string, string[]][]) : []),
  ...otherNodes.map(([name, bin]): [string, string[]] => [name, [bin, 'bin/kronkoll.js', 'extract', big, '--format', 'json']]),
  ['kronkoll-read', childCmd('auto')],
  ...(process.env.BENCH_PDFJS ? ([['kronkoll-pdfjs', childCmd('pdfjs')]] as [string, string[]][]) : []),
  ['pdftotext', ['pdftotext', '-layout', big, join(dir, 'out.txt')]],
  ...(pdfminer ? ([['pdfminer', [pdfminer, '-o', join(dir, 'out-miner.txt'), big]]] as [string, string[]][]) : []),
];

/**
 * Wall time, CPU time (user + system) and peak resident memory of one run, through GNU time.
 * On a shared machine wall time also counts waiting for a core; CPU time does not.
 */
function run(cmd: string[]): { ms: number; cpu: number; kb: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', ...cmd], { maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd.join(' ')} failed: ${r.stderr.toString().slice(-500)}`);
  const [user, sys, kb] = r.stderr.toString().trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
  return { ms, cpu: (user + sys) * 1000, kb };
}

const times = new Map<string, number[]>(tools.map(([n]) => [n, []]));
const cpus = new Map<string, number[]>(tools.map(([n]) => [n, []]));
const mem = new Map<string, number>();
for (let i = 0; i < RUNS; i++) {
  for (const [name, cmd] of tools) {
    const { ms, cpu, kb } = run(cmd);
    times.get(name)!.push(ms);
    cpus.get(name)!.push(cpu);
    mem.set(name, Math.max(mem.get(name) ?? 0, kb));
  }
}
const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};
const m = (name: string) => median(times.get(name)!);
const c = (name: string) => median(cpus.get(name)!);
console.log(`document: ${pages} pages (${fixtures.length} fixtures × ${rounds}), ${RUNS} interleaved runs each; \`kronkoll\` runs on Node ${process.versions.node}` + otherNodes.map(([n, bin]) => `, \`${n}\` on ${spawnSync(bin, ['--version']).stdout.toString().trim()}`).join(''));
if (!cliWorks) console.log('kronkoll CLI: no working build in dist/ (run npm run build); CLI row left out');
for (const [name, cmd] of tools) {
  console.log(`${name.padEnd(16)} wall ${m(name).toFixed(0).padStart(6)} ms   cpu ${c(name).toFixed(0).padStart(6)} ms   peak RSS ${(mem.get(name)! / 1024).toFixed(0).padStart(4)} MB   ${cmd.slice(0, 3).join(' ')} …`);
}
for (const [label, of] of [['wall', m], ['cpu', c]] as const) {
  const pt = of('pdftotext');
  for (const name of ['kronkoll', ...otherNodes.map(([n]) => n), 'kronkoll-read', 'kronkoll-pdfjs'].filter((n) => times.has(n))) {
    const k = of(name);
    console.log(`${label} ${name}: ${(k / pt).toFixed(2)}× pdftotext (target ≤ 2.5×)` + (pdfminer ? `; pdfminer / ${name}: ${(of('pdfminer') / k).toFixed(1)}× (target ≥ 10×)` : '') + `; peak ${(mem.get(name)! / 1024).toFixed(0)} MB (target ≤ 300 MB)`);
  }
}
// BENCH_PHASES=1: where a read thread's time goes, phase by phase (fresh process each run, after the runs above).
if (process.env.BENCH_PHASES === '1' && existsSync(join(process.cwd(), 'dist/src/readers/pdf/index.js'))) {
  const runs: Record<string, [number, number]>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync('node', ['--import', 'tsx', new URL(import.meta.url).pathname, '--phases', big, process.cwd()], { maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`phases failed: ${r.stderr.toString().slice(-500)}`);
    runs.push(JSON.parse(r.stdout.toString()) as Record<string, [number, number]>);
  }
  console.log(`read thread, phase by phase (cold, then warm: the same work again in that process; medians of ${RUNS}):`);
  for (const phase of Object.keys(runs[0]!)) {
    const w = median(runs.map((r) => r[phase]![0]));
    const c = median(runs.map((r) => r[phase]![1]));
    console.log(`  ${phase.padEnd(18)} wall ${w.toFixed(0).padStart(5)} ms   cpu ${c.toFixed(0).padStart(5)} ms`);
  }
}
console.log(`load average at the end: ${(await import('node:os')).loadavg().map((v) => v.toFixed(1)).join(' ')} on ${(await import('node:os')).availableParallelism()} cores`);
