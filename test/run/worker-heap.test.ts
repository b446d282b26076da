import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { READING_OLD_SPACE_MB, sizeReadingHeaps } from '../../src/run/worker-heap.js';

/**
 * A thread that keeps about 40 MB of small objects alive (as a long document's pages and model
 * do) and counts the full collections V8 ran meanwhile. With V8's own start it ran one here (at
 * 30–40 MB); well below 64 MB, so that incremental marking does not begin either.
 */
const KEEPS_40_MB = `
const { parentPort } = require('node:worker_threads');
const { PerformanceObserver, constants } = require('node:perf_hooks');
let major = 0;
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++;
});
obs.observe({ entryTypes: ['gc'] });
const kept = [];
for (let i = 0; i < 200000; i++) kept.push({ text: 'rad ' + i, box: [i, i + 1, i + 2, i + 3], page: i % 180 });
setTimeout(() => parentPort.postMessage({ major, kept: kept.length }), 50);
`;

function fullCollections(): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(KEEPS_40_MB, { eval: true, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    w.once('message', (m: { major: number }) => {
      void w.terminate();
      resolve(m.major);
    });
    w.once('error', reject);
  });
}

describe('reading heaps', () => {
  it(`start with an old generation of ${READING_OLD_SPACE_MB} MB: 40 MB kept alive cost no full collection`, async () => {
    sizeReadingHeaps();
    expect(await fullCollections()).toBe(0);
  });
});
