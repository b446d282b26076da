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
});
