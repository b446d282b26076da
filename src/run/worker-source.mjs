// Worker entry when kronkoll runs from its TypeScript sources (tests, benchmarks): the thread
// registers the TypeScript loader, then loads the worker. Built runs load dist/bundle/read-worker.mjs.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
