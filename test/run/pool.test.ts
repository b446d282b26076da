import { afterAll, describe, expect, it } from 'vitest';
import { ReadPool } from '../../src/run/pool.js';

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
