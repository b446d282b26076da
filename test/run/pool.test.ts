import { afterAll, describe, expect, it } from 'vitest';
import { ReadPool, workerExecArgv } from '../../src/run/pool.js';

afterAll(() => ReadPool.closeAll());

describe('ReadPool.get', () => {
  it('two calls at once (the CLI starts the threads early, then asks again for its run) share one pool', async () => {
    const options = { jobs: 1, maxMemoryMb: 1536 };
    const [a, b] = await Promise.all([ReadPool.get(options), ReadPool.get(options)]);
    expect(a).toBe(b);
    expect(await ReadPool.get(options)).toBe(a);
    // Other settings are another pool.
    expect(await ReadPool.get({ jobs: 1, maxMemoryMb: 1537 })).not.toBe(a);
  }, 60_000);
});

describe('workerExecArgv', () => {
  it("inherits the parent flags (Node's default) when there is no loader to drop, V8 flags included", () => {
    expect(workerExecArgv(['--max-old-space-size=4096'])).toBeUndefined();
    expect(workerExecArgv([])).toBeUndefined();
  });

  it('drops loaders and the flags a worker rejects, keeps profiling, warnings and conditions', () => {
    expect(workerExecArgv(['--import', 'tsx', '--max-old-space-size=4096', '--cpu-prof', '--cpu-prof-dir', '/tmp/p'])).toEqual(['--cpu-prof', '--cpu-prof-dir', '/tmp/p']);
    expect(workerExecArgv(['--require=ts-node/register', '--stack-size=2000', '-C', 'node', '--no-warnings'])).toEqual(['-C', 'node', '--no-warnings']);
    expect(workerExecArgv(['--loader', 'x.mjs', '--title=k', '--enable-source-maps'])).toEqual(['--enable-source-maps']);
  });
});
