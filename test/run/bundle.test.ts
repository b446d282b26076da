import { execFileSync, spawnSync } from 'node:child_process';
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

  it('runs under a V8 flag given to node (the read threads inherit it instead of rejecting it)', () => {
    const run = spawnSync(process.execPath, ['--max-old-space-size=2048', '--stack-size=2000', 'bin/kronkoll.js', 'extract', 'corpus/000_cc938031a1688a8c.txt', '--format', 'json'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).documents).toHaveLength(1);
  }, 60_000);
});
