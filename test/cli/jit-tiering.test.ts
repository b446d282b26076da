import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tieringFlags } from '../../src/cli/jit-tiering.js';

describe('tieringFlags', () => {
  it('counts bytecode on V8 11 (Node 20) and calls on V8 12 and 13 (Node 22, 24)', () => {
    expect(tieringFlags('11.3.244.8-node.38')).toEqual(['--interrupt-budget=600000']);
    expect(tieringFlags('12.4.254.21-node.57')).toEqual(['--invocation-count-for-turbofan=30000']);
    expect(tieringFlags('13.6.233.17-node.53')).toEqual(['--invocation-count-for-turbofan=30000']);
  });

  it('gives no flag to a V8 it was not measured on', () => {
    expect(tieringFlags('10.2.154.26-node.26')).toEqual([]);
    expect(tieringFlags('14.1.146.11-node.12')).toEqual([]);
    expect(tieringFlags('not a version')).toEqual([]);
  });

  it("is a flag the running V8 knows: it starts without an error", () => {
    const flags = tieringFlags(process.versions.v8);
    const run = spawnSync(process.execPath, [...flags, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('ok');
  });
});
