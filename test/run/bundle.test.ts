import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';

describe('the bundled CLI', () => {
  it('builds, starts its workers from their own bundle entry, and prints what the sources print', async () => {
    execFileSync(process.execPath, ['scripts/bundle.mjs']);
    const args = ['audit', 'corpus', '--format', 'json', '--fail-on', 'never', '--jobs', '2'];
    const built = spawnSync(process.execPath, ['bin/kronkoll.js', ...args], { encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    const source = await runCli(args);
    expect(built.stdout).toBe(source.out);
  }, 120_000);

  it('starts an extract\'s reading threads first, and the time limit still stops them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kronkoll-early-'));
    try {
      const pdfs = readdirSync('corpus/pdf').filter((f) => f.endsWith('.pdf')).map((f) => join('corpus/pdf', f));
      const big = join(dir, 'big.pdf');
      // 90 × the corpus PDFs (18 pages) = 1 620 pages: read whole, several seconds.
      execFileSync('qpdf', ['--empty', '--pages', ...Array.from({ length: 90 }, () => pdfs).flat(), '--', big]);
      const t0 = performance.now();
      const run = spawnSync(process.execPath, ['bin/kronkoll.js', 'extract', big, '--timeout', '1', '--format', 'json'], { encoding: 'utf8' });
      const seconds = (performance.now() - t0) / 1000;
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`kronkoll: ${big}: tog längre än 1 s; avbröts`);
      // About 1,5 s after the threads start; the margin is for start-up on a loaded machine.
      expect(seconds).toBeLessThan(4.5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('runs under a V8 flag given to node (the read threads inherit it instead of rejecting it)', () => {
    const run = spawnSync(process.execPath, ['--max-old-space-size=2048', '--stack-size=2000', 'bin/kronkoll.js', 'extract', 'corpus/000_cc938031a1688a8c.txt', '--format', 'json'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).documents).toHaveLength(1);
  }, 60_000);

  // Node 20 has no compile cache; CI runs this file on Node 22 and 24 as well.
  it.skipIf(typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== 'function')(
    'keeps the compiled bundle on disk, for the reading threads too, and uses it on the next run',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'kronkoll-ccache-'));
      try {
        const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: dir, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' };
        delete env.NODE_COMPILE_CACHE;
        delete env.NODE_DISABLE_COMPILE_CACHE;
        const run = () => spawnSync(process.execPath, ['bin/kronkoll.js', 'extract', 'corpus/000_cc938031a1688a8c.txt', '--format', 'json'], { encoding: 'utf8', env });
        const first = run();
        expect(first.status).toBe(0);
        expect(first.stderr).toMatch(new RegExp(`${dir}/node-compile-cache/.*read-worker\\.mjs`));
        const second = run();
        expect(second.status).toBe(0);
        expect(JSON.parse(second.stdout).documents).toHaveLength(1);
        // Both threads' bundles came from the cache.
        expect(second.stderr).toMatch(/read-worker\.mjs.*success/);
        expect(second.stderr).toMatch(/kronkoll\.mjs.*success/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
