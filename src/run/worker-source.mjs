// For runs from the TypeScript sources (tests, benchmarks): bundles the worker with esbuild,
// as scripts/bundle.mjs does for the CLI, into node_modules/.cache/kronkoll/ (so that the
// packages left outside the bundle resolve). A worker thread then loads one file; registering a
// TypeScript loader on each thread instead costs seconds per thread. The bundle is kept under a
// hash of the sources' names, sizes and times, so test files running side by side build it once.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleOptions } from './bundle-options.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let built;

function sourcesKey() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      const s = statSync(full);
      if (s.isDirectory()) walk(full);
      else hash.update(`${full}\0${s.size}\0${s.mtimeMs}\n`);
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'grammars'));
  return hash.digest('hex').slice(0, 16);
}

export function buildWorker() {
  built ??= (async () => {
    const cache = join(root, 'node_modules', '.cache', 'kronkoll');
    const final = join(cache, `worker-${sourcesKey()}`);
    const entry = join(final, 'read-worker.mjs');
    if (existsSync(entry)) return pathToFileURL(entry);
    mkdirSync(cache, { recursive: true });
    const outdir = mkdtempSync(join(cache, 'building-'));
    const { build } = await import('esbuild');
    await build({ ...bundleOptions, entryPoints: { 'read-worker': join(root, 'src', 'run', 'worker.ts') }, outdir });
    try {
      renameSync(outdir, final);
    } catch {
      // Another process built it first: use theirs.
      rmSync(outdir, { recursive: true, force: true });
    }
    return pathToFileURL(entry);
  })();
  return built;
}
