/**
 * Real documents: every page in ../shared/regeringen/ (7 218 Markdown pages from the
 * government's site).
 *
 * 1. Figures: how many were read, could not be read, crashed (a rule that failed), carry
 *    error-level findings; how many tables and region tables were found. Error-level findings
 *    are listed so each can be reviewed by hand (VERBOSE=1 lists warnings too).
 * 2. Speed of the built CLI (`node bin/kronkoll.js audit DIR`, as users run it, start-up
 *    included): wall time and documents/s for --jobs 1 and --jobs 2, plain (no --cache), cold
 *    with --cache (every document read, the cache written) and cached (a second run with --cache), at 1×, 2× and 4× the corpus (the same pages copied into
 *    temporary folders). SCALES=1,2 and JOBS=2 choose a part.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { loadRuleContext } from '../../src/corpus/context.js';
import type { Finding } from '../../src/model/finding.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { withCorpusRules } from '../../src/run/audit.js';
import { contextFiles, readAll } from '../../src/run/read-all.js';

const ROOT = process.env.REGERINGEN ?? join('..', 'shared', 'regeringen');
const SCALES = (process.env.SCALES ?? '1,2,4').split(',').map(Number);
const JOBS = (process.env.JOBS ?? '1,2').split(',').map(Number);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith('.md') && name !== 'README.md') out.push(full);
  }
  return out;
}

// 1. Figures, read in this process on the worker pool.
const files = walk(ROOT);
const t0 = performance.now();
const read = await readAll(files, { jobs: 2, rules: { ids: ALL_RULES.filter((r) => r.scope === 'document').map((r) => r.meta.id), context: loadRuleContext(contextFiles(files)) } });
const byFile = withCorpusRules(read.docs, read.findings, ALL_RULES, loadRuleContext(contextFiles(files)));
const figuresSeconds = (performance.now() - t0) / 1000;
let tables = 0;
let regionTables = 0;
for (const doc of read.docs) {
  tables += doc.tables.length;
  regionTables += doc.tables.filter((t) => t.rows.filter((r) => r.region).length >= 10).length;
}
const errorDocs = new Set<string>();
const crashes: Finding[] = [];
const listed: Finding[] = [];
const perRule = new Map<string, { error: number; warning: number; info: number }>();
for (const [file, findings] of byFile) {
  for (const f of findings) {
    const c = perRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    perRule.set(f.ruleId, c);
    if (/kunde inte köras/.test(f.message)) crashes.push(f);
    if (f.severity === 'error') errorDocs.add(file);
    if (f.severity === 'error' || (process.env.VERBOSE && f.severity === 'warning')) listed.push(f);
  }
}
console.log(`kronkoll on ${relative('.', ROOT)}`);
console.log(`documents read:                   ${read.docs.length}`);
console.log(`documents that could not be read: ${read.errors.length}`);
console.log(`crashes (rules that failed):      ${crashes.length}`);
console.log(`documents with error findings:    ${errorDocs.size}`);
console.log(`tables found:                     ${tables}`);
console.log(`region tables (≥ 10 regions):     ${regionTables}`);
console.log(`in-process run (2 jobs):          ${figuresSeconds.toFixed(1)} s`);
console.log('');
console.log('findings per rule (error / warning / info):');
for (const [id, c] of [...perRule.entries()].sort()) console.log(`  ${id.padEnd(26)} ${String(c.error).padStart(5)} ${String(c.warning).padStart(6)} ${String(c.info).padStart(6)}`);
for (const u of read.errors) console.log(`unreadable: ${u.file}: ${u.reason}`);
for (const c of crashes) console.log(`crash: ${c.location.file}: ${c.message}`);
for (const f of listed) console.log(`${f.severity}: ${f.location.file}:${f.location.line ?? ''}: ${f.ruleId} ${f.message}`);

// 2. Speed of the built CLI.
execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'kronkoll-bench-'));
const cli = resolve('bin/kronkoll.js');

/** One CLI run; `cache` null runs without --cache (nothing read or written besides the documents). */
function timed(dir: string, jobs: number, cache: string | null): { seconds: number; cpu: number; documents: number } {
  const started = performance.now();
  const caching = cache === null ? [] : ['--cache', '--cache-location', cache];
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, cli, 'audit', dir, '--format', 'json', '--fail-on', 'never', '--jobs', String(jobs), ...caching], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`audit failed (${r.status}): ${r.stderr.slice(0, 500)}`);
  const [user, sys] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  const documents = (JSON.parse(r.stdout) as { documents: unknown[] }).documents.length;
  return { seconds, cpu: user! + sys!, documents };
}

console.log('');
console.log(`the CLI (node bin/kronkoll.js audit DIR --format json), ${process.env.HOSTNAME ?? ''} with ${(await import('node:os')).availableParallelism()} cores`);
console.log('corpus  documents  jobs   plain: wall  docs/s  cpu   writing cache: wall  cpu   cached: wall  docs/s  cpu');
try {
  for (const scale of SCALES) {
    const dir = join(work, `x${scale}`);
    for (let k = 0; k < scale; k++) cpSync(ROOT, join(dir, `copy-${k}`), { recursive: true });
    for (const jobs of JOBS) {
      const cache = join(work, `cache-${scale}-${jobs}`);
      const plain = timed(dir, jobs, null);
      const cold = timed(dir, jobs, cache);
      const warm = timed(dir, jobs, cache);
      const rate = (r: { seconds: number; documents: number }): string => String(Math.round(r.documents / r.seconds)).padStart(6);
      console.log(`${`${scale}×`.padEnd(7)} ${String(plain.documents).padStart(9)}  ${String(jobs).padStart(4)}  ${plain.seconds.toFixed(1).padStart(10)} s ${rate(plain)} ${plain.cpu.toFixed(1).padStart(5)}  ${cold.seconds.toFixed(1).padStart(17)} s ${cold.cpu.toFixed(1).padStart(5)}  ${warm.seconds.toFixed(1).padStart(10)} s ${rate(warm)} ${warm.cpu.toFixed(1).padStart(5)}`);
    }
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`load average while measuring: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
