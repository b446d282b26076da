import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { flateBombPdf } from './bomb.js';

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

  it('--max-memory 256 stops a Flate bomb (2 GB inflated) without the process growing more than 100 MB past the limit', () => {
    const bomb = join(dir, 'bomb.pdf');
    const bytes = flateBombPdf(2048);
    writeFileSync(bomb, bytes);
    expect(bytes.length).toBeLessThan(3 * MB);
    // The stream is a real bomb: its first 64 MB inflate, and they are spaces.
    const start = bytes.indexOf('stream\n') + 7;
    const head = inflateSync(bytes.subarray(start, start + 70_000), { finishFlush: 2 });
    expect(head.length).toBeGreaterThanOrEqual(64 * MB);
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/run/rss-child.ts', 'audit', bomb, '--jobs', '1', '--max-memory', '256', '--format', 'json'], { encoding: 'utf8', timeout: 110_000 });
    const report = JSON.parse(child.stdout.trim().split('\n').pop()!) as { code: number; err: string; before: number; peak: number };
    console.log(`--max-memory 256 on a Flate bomb: process grew by ${((report.peak - report.before) / MB).toFixed(0)} MB`);
    expect(report.err).toContain(`${bomb}: över minnesgränsen på 256 MB`);
    expect(report.code).toBe(2);
    expect(report.peak - report.before).toBeLessThan((256 + 100) * MB);
  }, 120_000);
});
