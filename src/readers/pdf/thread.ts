import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread on a module next to this one and waits for its one message.
 * From TypeScript sources (tests, benchmarks) the thread registers the TypeScript loader first.
 */
export function runThread<T>(module: string, workerData: unknown, cleanups: (() => unknown)[]): Promise<T> {
  const fromSource = import.meta.url.endsWith('.ts');
  // The CLI runs from one bundled file (dist/bundle/); its thread modules stay in dist/src/readers/pdf/.
  const here = import.meta.url.includes('/dist/bundle/') ? new URL('../src/readers/pdf/', import.meta.url) : import.meta.url;
  const url = new URL(`./${module}${fromSource ? '.ts' : '.js'}`, here);
  const worker = fromSource
    ? new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`, { eval: true, workerData })
    : new Worker(url, { workerData });
  cleanups.push(() => worker.terminate());
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { ok: true; result: T } | { ok: false; message: string }) => {
      if (m.ok) resolve(m.result);
      else reject(new Error(m.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`page reader thread stopped (${code})`));
    });
  });
}
