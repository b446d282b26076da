/**
 * The old generation a reading thread's heap starts with. V8 starts a heap's old generation
 * small and runs a full garbage collection when it first fills: on a PDF of 180 pages that came
 * as the model phase began, with 18 MB live, and cost the reading thread 14–47 ms (--trace-gc, nine runs) to free 2 MB.
 * Starting at 64 MB, a document of that size is read without a full collection; the heap's limit
 * (--max-memory) is unchanged, and only memory actually used is taken from the system.
 */
import v8 from 'node:v8';

/** The old generation's starting size of each reading thread, in MB. */
export const READING_OLD_SPACE_MB = 64;

let done = false;

/**
 * Sets the starting size for heaps made from now on (V8 flags are the process's; a worker's
 * heap is configured when the worker starts). Called before the first reading thread starts.
 */
export function sizeReadingHeaps(): void {
  if (done) return;
  done = true;
  v8.setFlagsFromString(`--initial-old-space-size=${READING_OLD_SPACE_MB}`);
}
