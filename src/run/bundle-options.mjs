// The esbuild options of both bundles of the read worker: the CLI's (scripts/bundle.mjs) and the
// one built on the fly for runs from the TypeScript sources (worker-source.mjs). Kept in one place
// so that a test run reads documents with the same bundle as a user's.
export const bundleOptions = {
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Dynamic imports stay lazy as chunks of their own: pdfjs is loaded only for PDFs that need it.
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // pdfjs-dist is loaded only for PDFs that need it; piscina starts its workers from its own files.
  external: ['pdfjs-dist', 'piscina'],
  // Some bundled CommonJS modules call require(); give them one.
  banner: { js: "import { createRequire as __kronkollRequire } from 'node:module'; const require = __kronkollRequire(import.meta.url);" },
  logLevel: 'warning',
};
