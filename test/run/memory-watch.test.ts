import { describe, expect, it } from 'vitest';
import { MemoryWatch } from '../../src/run/memory-watch.js';

const MB = 1024 * 1024;
const usage = (rss: number, heapTotal = 50 * MB, external = 5 * MB): NodeJS.MemoryUsage => ({ rss, heapTotal, external, heapUsed: 0, arrayBuffers: 0 });

describe('memory watch', () => {
  it('breaches when the process passes its starting size plus the limit per worker', () => {
    let now = usage(100 * MB);
    let breaches = 0;
    const watch = new MemoryWatch(2, 256, () => breaches++, () => now, () => now.rss);
    watch.start();
    watch.stop();
    now = usage((100 + 512) * MB);
    watch.check();
    expect(breaches).toBe(0);
    now = usage((100 + 513) * MB);
    watch.check();
    expect(breaches).toBe(1);
  });

  it('what the main thread keeps (its heap and buffers) is not counted against the workers', () => {
    let now = usage(100 * MB);
    let breaches = 0;
    const watch = new MemoryWatch(1, 256, () => breaches++, () => now, () => now.rss);
    watch.start();
    watch.stop();
    // Main heap +300 MB and buffers +50 MB: the budget moves up by as much.
    now = usage((100 + 256 + 340) * MB, 350 * MB, 55 * MB);
    watch.check();
    expect(breaches).toBe(0);
    now = usage((100 + 256 + 351) * MB, 350 * MB, 55 * MB);
    watch.check();
    expect(breaches).toBe(1);
  });
});
