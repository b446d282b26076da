// Bundles the CLI into one file: loading chevrotain's and unified's many small modules
// one by one costs about half a second per run; one file loads in a tenth of that.
// pdfjs-dist stays outside (it is loaded only for PDFs that need it), and so does piscina
// (it starts its workers from its own files). The worker that reads documents is an entry of
// its own: the pool starts it on each thread. So is what the CLI does first (early-reads.ts): it
// starts those threads before the rest of the CLI loads.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { bundleOptions } from '../src/run/bundle-options.mjs';

// Chunk names carry a hash: without this, every build would leave the previous chunks behind.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  ...bundleOptions,
  entryPoints: { 'early-reads': 'src/cli/early-reads.ts', kronkoll: 'src/cli/main.ts', 'read-worker': 'src/run/worker.ts' },
  outdir: 'dist/bundle',
});
