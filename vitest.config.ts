import { defineConfig } from 'vitest/config';

// CLI tests audit the whole corpus and the browser tests start chromium; on a loaded machine
// either can pass vitest's 5 s default, so the limit is a guard against hangs, not a benchmark.
export default defineConfig({ test: { testTimeout: 30_000, hookTimeout: 60_000 } });
