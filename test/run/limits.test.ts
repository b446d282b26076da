import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { buildDocument } from '../../src/document/build.js';
import { readLayout } from '../../src/document/load.js';
import { loadRuleContext } from '../../src/corpus/context.js';
import { DEFAULT_LIMITS } from '../../src/readers/read-limits.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { flateBombPdf } from './bomb.js';

/** Seconds reading and model building take on `file` here, in this process (no pool, no limit). */
async function phases(file: string): Promise<{ read: number; build: number }> {
  const limits = { ...DEFAULT_LIMITS, timeoutMs: 600_000 };
  // The readers load with the first document they read: not part of a document's reading here (the pool's workers are warmed up too).
  buildDocument(await readLayout('corpus/000_cc938031a1688a8c.txt', limits));
  let t = performance.now();
  const layout = await readLayout(file, limits);
  const read = (performance.now() - t) / 1000;
  t = performance.now();
  buildDocument(layout);
  return { read, build: (performance.now() - t) / 1000 };
}

/** Seconds the document rules take on the model of `file`. */
async function rulesSeconds(file: string): Promise<number> {
  const doc = buildDocument(await readLayout(file, { ...DEFAULT_LIMITS, timeoutMs: 600_000 }));
  const rules = ALL_RULES.filter((r) => r.scope === 'document');
  const t = performance.now();
  runRules([doc], rules, loadRuleContext([file]));
  return (performance.now() - t) / 1000;
}

/** Audits `file` alone with --timeout 1 on a warm pool: the seconds until the run ended, and what it said. */
async function stoppedAfter(file: string): Promise<{ seconds: number; err: string; code: number }> {
  const t0 = performance.now();
  const got = await runCli(['audit', file, '--jobs', '1', '--timeout', '1', '--format', 'json']);
  return { seconds: (performance.now() - t0) / 1000, err: got.err, code: got.code };
}

const MB = 1 << 20;

describe('limits hold for the whole work on one document', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kronkoll-limits-'));
  });

  it('--timeout 1 stops a 216-page PDF within about 1,5 s and the run goes on', async () => {
    const pdfs = readdirSync('corpus/pdf').filter((f) => f.endsWith('.pdf')).map((f) => join('corpus/pdf', f));
    const big = join(dir, 'big.pdf');
    // 12 × the corpus PDFs (18 pages) = 216 pages; read whole it takes many seconds.
    execFileSync('qpdf', ['--empty', '--pages', ...Array.from({ length: 12 }, () => pdfs).flat(), '--', big]);
    expect(execFileSync('qpdf', ['--show-npages', big], { encoding: 'utf8' }).trim()).toBe('216');
    const small = 'corpus/000_cc938031a1688a8c.txt';
    // Start the workers first: the limit is measured, not their start.
    await runCli(['audit', small, '--jobs', '1', '--timeout', '1', '--format', 'json']);
    const t0 = performance.now();
    const alone = await runCli(['audit', big, '--jobs', '1', '--timeout', '1', '--format', 'json']);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`--timeout 1 on 216 pages: stopped after ${seconds.toFixed(2)} s`);
    expect(alone.code).toBe(2);
    expect(alone.err).toContain(`kronkoll: ${big}: tog längre än 1 s; avbröts`);
    // About 1,5 s; the margin is for a loaded machine.
    expect(seconds).toBeLessThan(2.5);
    // The run goes on: the next document is read by a fresh worker.
    const got = await runCli(['audit', big, small, '--jobs', '1', '--timeout', '1', '--format', 'json']);
    const json = JSON.parse(got.out) as { documents: { file: string }[]; inputErrors: { file: string; reason: string }[] };
    expect(json.inputErrors).toEqual([{ file: big, reason: 'tog längre än 1 s; avbröts' }]);
    expect(json.documents.map((d) => d.file)).toEqual([small]);
  }, 120_000);

  it('--timeout 1 stops a document whose model takes seconds to build, within about 1,5 s', async () => {
    // Prose dense with amounts: read in a moment, then each sentence's amounts parsed by the grammar.
    // Amounts and little else, so that building takes about four times as long as reading: with
    // words between the amounts reading took half as long as building, and on a loaded machine
    // the deadline could fall while reading.
    const file = join(dir, 'belopp.txt');
    const sentence = (i: number) => `${i + 1} 000 kr, ${i + 2} mnkr, ${i + 3} tkr, ${i + 4} kr, ${i + 5} mdkr, ${i + 6} 250 kr.`;
    // As long as it takes on this machine for the deadline to fall while the model is built. The
    // length grows by a quarter each time, not doubled: reading grows with it, and a long step past
    // 1,5 s could make the read itself approach the deadline.
    let p = { read: 0, build: 0 };
    for (let n = 10_000; n <= 240_000 && p.read + p.build <= 1.5; n = Math.round(n * 1.25)) {
      // Paragraphs of 25 sentences, each on one line.
      writeFileSync(file, `${Array.from({ length: n }, (_, i) => sentence(i) + ((i + 1) % 25 === 0 ? '\n\n' : ' ')).join('')}\n`);
      p = await phases(file);
    }
    console.log(`model phase document: read ${p.read.toFixed(2)} s, model ${p.build.toFixed(2)} s`);
    // The deadline (1 s) falls while the model is built: reading ends before it, building well after.
    expect(p.read).toBeLessThan(0.9);
    expect(p.read + p.build).toBeGreaterThan(1.5);
    await runCli(['audit', 'corpus/000_cc938031a1688a8c.txt', '--jobs', '1', '--format', 'json']);
    const got = await stoppedAfter(file);
    console.log(`--timeout 1 while building the model: stopped after ${got.seconds.toFixed(2)} s`);
    expect(got.code).toBe(2);
    expect(got.err).toBe(`kronkoll: ${file}: tog längre än 1 s; avbröts\n`);
    expect(got.seconds).toBeLessThan(2.5);
  }, 120_000);

  it('--timeout 1 stops a document whose rules take seconds, within about 1,5 s', async () => {
    // A tab-separated table (900 rows or more) in six columns whose sum row is wrong: read and modelled
    // in a moment, then the column-total rule searches each column for the sums its rows could form.
    const file = join(dir, 'rader.txt');
    const header = ['Rad', ...'ABCDEF'.split('').map((c) => `${c} (kr)`)].join('\t');
    // As long as it takes on this machine for the rules to pass the deadline (their time grows faster than the rows).
    let p = { read: 0, build: 0 };
    let rules = 0;
    for (let n = 900; n <= 3000 && rules <= 1.5; n = Math.round(n * 1.4)) {
      const rows = Array.from({ length: n }, (_, i) => [`Rad ${i}`, ...[1, 2, 5, 7, 9, 11].map((k) => `${i + k} 000`)].join('\t'));
      writeFileSync(file, `Tabell 1. Belopp per rad\n\n${header}\n${rows.join('\n')}\nSumma\t1\t2\t3\t4\t5\t6\n`);
      p = await phases(file);
      rules = await rulesSeconds(file);
    }
    console.log(`rules phase document: read ${p.read.toFixed(2)} s, model ${p.build.toFixed(2)} s, rules ${rules.toFixed(2)} s`);
    expect(p.read + p.build).toBeLessThan(0.9);
    expect(rules).toBeGreaterThan(1.5);
    await runCli(['audit', 'corpus/000_cc938031a1688a8c.txt', '--jobs', '1', '--format', 'json']);
    const got = await stoppedAfter(file);
    console.log(`--timeout 1 while the rules run: stopped after ${got.seconds.toFixed(2)} s`);
    expect(got.code).toBe(2);
    expect(got.err).toBe(`kronkoll: ${file}: tog längre än 1 s; avbröts\n`);
    expect(got.seconds).toBeLessThan(2.5);
  }, 120_000);

  // pdfjs inflates a stream with no bound of its own, so it is the memory watch that stops it; the
  // own reader (auto) stops at its inflation bound before the watch is needed.
  // The process's growth is the worker's limit plus the main thread's own (its modules and buffers,
  // which the watch adds to the budget) plus what the bomb inflates between two samples: 304–358 MB
  // in two CI runs on Node 20, 22 and 24, against a 2 GB bomb.
  it('--max-memory 256 stops a Flate bomb (2 GB inflated) read by pdfjs without the process growing more than 128 MB past the limit', () => {
    const bomb = join(dir, 'bomb.pdf');
    const bytes = flateBombPdf(2048);
    writeFileSync(bomb, bytes);
    expect(bytes.length).toBeLessThan(3 * MB);
    // The stream is a real bomb: its first 64 MB inflate, and they are spaces.
    const start = bytes.indexOf('stream\n') + 7;
    const head = inflateSync(bytes.subarray(start, start + 70_000), { finishFlush: 2 });
    expect(head.length).toBeGreaterThanOrEqual(64 * MB);
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/run/rss-child.ts', 'audit', bomb, '--jobs', '1', '--max-memory', '256', '--pdf-engine', 'pdfjs', '--format', 'json'], { encoding: 'utf8', timeout: 110_000 });
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as { code: number; err: string; before: number; peak: number };
    console.log(`--max-memory 256 on a Flate bomb: process grew by ${((report.peak - report.before) / MB).toFixed(0)} MB`);
    expect(report.err).toContain(`${bomb}: över minnesgränsen på 256 MB`);
    expect(report.code).toBe(2);
    expect(report.peak - report.before).toBeLessThan((256 + 128) * MB);
  }, 120_000);

  it('the same bomb read as usual (auto) stops at the reader’s inflation bound, with its reason', async () => {
    const bomb = join(dir, 'bomb.pdf');
    writeFileSync(bomb, flateBombPdf(2048));
    const got = await runCli(['audit', bomb, '--jobs', '1', '--max-memory', '256', '--format', 'json']);
    expect(got.code).toBe(2);
    expect(got.err).toBe(`kronkoll: ${bomb}: komprimerade data packas upp till mer än 64 MB (en Flate-bomb?); läses inte\n`);
  }, 60_000);
});
