import { defineConfig } from 'vitest/config';

// CLI tests audit the whole corpus and the browser tests start chromium; on a loaded machine
// either can pass vitest's 5 s default, so the limit is a guard against hangs, not a benchmark.
// isolate: false lets the test files of one worker share the modules they import (loading src
// anew for each of 250 files took more than half of the suite's time); state a test changes is
// reset in test/setup/.
export default defineConfig({
  test: { testTimeout: 30_000, hookTimeout: 60_000, isolate: false, setupFiles: ['test/setup/language.ts'] },
});
