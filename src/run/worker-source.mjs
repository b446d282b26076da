// For runs from the TypeScript sources (tests, benchmarks): bundles the worker with esbuild,
// as scripts/bundle.mjs does for the CLI, into a folder under node_modules/.cache (so that the
// packages left outside the bundle resolve), once per process. A worker thread then loads one
// file; registering a TypeScript loader on each thread instead costs seconds per thread.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

let built;

export function buildWorker() {
  built ??= (async () => {
    const { build } = await import('esbuild');
    const cache = fileURLToPath(new URL('../../node_modules/.cache/kronkoll/', import.meta.url));
    mkdirSync(cache, { recursive: true });
    const outdir = mkdtempSync(join(cache, 'worker-'));
    await build({
      entryPoints: { 'read-worker': fileURLToPath(new URL('./worker.ts', import.meta.url)) },
      outdir,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: ['pdfjs-dist', 'piscina'],
      banner: { js: "import { createRequire as __kronkollRequire } from 'node:module'; const require = __kronkollRequire(import.meta.url);" },
      logLevel: 'warning',
    });
    return pathToFileURL(join(outdir, 'read-worker.mjs'));
  })();
  return built;
}
