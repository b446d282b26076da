import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SEED_004 = readFileSync('corpus/004_8696a5bf70867187.txt', 'utf8');

describe('audit options for CI', () => {
  it('-o writes the report to a file (folders created) and nothing to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kronkoll-out-'));
    const out = join(dir, 'reports', 'kronkoll.xml');
    const r = await runCli(['audit', 'corpus/004_8696a5bf70867187.txt', '--format', 'junit', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const xml = readFileSync(out, 'utf8');
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('name="corpus/004_8696a5bf70867187.txt"');
  });

  it('--max-warnings: seed 004 has one warning (digit grouping "544 99 160"); 0 fails, 1 passes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kronkoll-mw-'));
    writeFileSync(join(dir, 'b.md'), SEED_004);
    const json = await runCli(['audit', dir, '--format', 'json']);
    expect(JSON.parse(json.out).summary.warnings).toBe(1);
    const over = await runCli(['audit', dir, '--max-warnings', '0', '--format', 'json']);
    expect(over.code).toBe(1);
    expect(over.err.trim()).toBe('kronkoll: 1 varning, fler än --max-warnings 0');
    expect((await runCli(['audit', dir, '--max-warnings', '1'])).code).toBe(0);
    const bad = await runCli(['audit', dir, '--max-warnings', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--max-warnings ska vara ett heltal/);
  });

  it('--format github prints workflow commands for a real document', async () => {
    const r = await runCli(['audit', 'corpus/004_8696a5bf70867187.txt', '--format', 'github', '--quiet']);
    expect(r.code).toBe(0);
    // The one warning: "544 99 160" on line 30 of seed 004.
    expect(r.out).toMatch(/^::warning file=corpus\/004_8696a5bf70867187\.txt,line=30,col=\d+,endColumn=\d+,title=kronkoll format\/digit-grouping::"544 99 160" har felaktig siffergruppering; läses som 54 499 160\n$/);
  });
});
