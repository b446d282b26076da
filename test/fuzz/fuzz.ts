/**
 * `npm run fuzz [-- --inputs N] [-- --seed S]`: mutation fuzzing of the whole pipeline.
 *
 * Seeds are the corpus and fixture documents (text, Markdown, HTML, PDF). Each input is a seed
 * under one to three generic mutations (bit flips, byte sets, truncation, duplicated and
 * shuffled chunks, huge numbers) or one shaped attack (a 1–10 MB line, a table of up to 10 000
 * columns, nesting 50 000 deep, a Flate bomb, a broken xref), chosen by fast-check's seeded
 * random source so a run can be repeated. Inputs run on two worker threads under the CLI's
 * limits, enforced as the CLI's worker pool enforces them: at the deadline the worker is
 * terminated and the input counts as stopped by the limit (the CLI reports it in one line);
 * a worker that does not end within 5 s of that is a hang. A crash is any outcome but findings
 * or a one-line unreadable reason. Crashing inputs are written to test/fuzz/crashes/.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { GENERIC, SHAPED } from './mutators.js';
import type { FuzzInput, FuzzOutcome } from './worker.js';

const ROOT = join(import.meta.dirname, '..', '..');
const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const INPUTS = arg('inputs', 10_000);
const SEED = arg('seed', 20261128);
const WORKERS = arg('workers', 2);
const TIMEOUT_MS = arg('timeout', 5) * 1000;
// A terminated worker that has not ended this long after its deadline is a hang.
const HANG_MS = 5000;

function seedFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (['.txt', '.md', '.html', '.pdf'].includes(extname(e.name)) && statSync(p).size < 2_000_000) out.push(p);
    }
  };
  for (const d of ['corpus', 'test/fixtures']) walk(join(ROOT, d));
  return out.sort();
}

const seeds = seedFiles().map((f) => ({ file: f, ext: extname(f), bytes: new Uint8Array(readFileSync(f)) }));
// fast-check's seeded generator drives every choice; the same --seed gives the same inputs.
const random = ((): (() => number) => {
  const values = fc.sample(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), { seed: SEED, numRuns: 1 });
  let state = Math.floor(values[0]! * 2 ** 31) || 1;
  return () => {
    // xorshift32 seeded from fast-check: fast, and reproducible for the run.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
})();

function makeInput(id: number): { input: FuzzInput; how: string } {
  const seed = seeds[Math.floor(random() * seeds.length)]!;
  const shaped = SHAPED.filter((s) => s.ext.includes(seed.ext));
  if (shaped.length > 0 && random() < 0.03) {
    const s = shaped[Math.floor(random() * shaped.length)]!;
    return { input: { id, ext: seed.ext, bytes: s.mutate(seed.bytes, random, seed.ext), timeoutMs: TIMEOUT_MS }, how: `${s.name} on ${seed.file}` };
  }
  let bytes: Uint8Array = seed.bytes;
  const names: string[] = [];
  for (let k = 0; k < 1 + Math.floor(random() * 3); k++) {
    const m = GENERIC[Math.floor(random() * GENERIC.length)]!;
    bytes = m(bytes, random, seed.ext);
    names.push(m.name);
  }
  return { input: { id, ext: seed.ext, bytes, timeoutMs: TIMEOUT_MS }, how: `${names.join('+')} on ${seed.file}` };
}

interface Slot {
  worker: Worker;
  busy: { input: FuzzInput; how: string; started: number } | null;
}

const counts = { findings: 0, unreadable: 0, stopped: 0, crash: 0, hang: 0 };
const crashes: string[] = [];
// Inputs stopped at the limit: a reader slow on them may be quadratic somewhere. KEEP_STOPPED=1 writes them out.
const stopped: string[] = [];
let peakRss = 0;
let next = 0;
let done = 0;
const started = Date.now();

function spawn(): Worker {
  return new Worker(new URL('./worker-entry.mjs', import.meta.url));
}

function record(how: string, input: FuzzInput, detail: string): void {
  const dir = join(ROOT, 'test', 'fuzz', 'crashes');
  mkdirSync(dir, { recursive: true });
  const name = `crash-${SEED}-${input.id}${input.ext}`;
  if (input.bytes.length < 5_000_000) writeFileSync(join(dir, name), input.bytes);
  crashes.push(`${name} (${how}): ${detail.split('\n')[0]}`);
}

await new Promise<void>((resolve) => {
  const slots: Slot[] = [];
  const feed = (slot: Slot): void => {
    if (next >= INPUTS) {
      slot.busy = null;
      if (slots.every((s) => s.busy === null)) resolve();
      return;
    }
    const { input, how } = makeInput(next++);
    slot.busy = { input, how, started: Date.now() };
    slot.worker.postMessage(input);
  };
  const attach = (slot: Slot): void => {
    slot.worker.on('message', (o: FuzzOutcome) => {
      const busy = slot.busy!;
      counts[o.kind]++;
      if (o.kind === 'crash') record(busy.how, busy.input, o.error);
      done++;
      if (done % 500 === 0) console.error(`${done}/${INPUTS} inputs, ${((Date.now() - started) / 1000).toFixed(0)} s`);
      feed(slot);
    });
    slot.worker.on('error', (e) => {
      if (slot.busy) {
        counts.crash++;
        record(slot.busy.how, slot.busy.input, `worker died: ${e.message}`);
        done++;
      }
      slot.worker = spawn();
      attach(slot);
      feed(slot);
    });
  };
  for (let i = 0; i < WORKERS; i++) {
    const slot: Slot = { worker: spawn(), busy: null };
    slots.push(slot);
    attach(slot);
    feed(slot);
  }
  const watch = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    for (const slot of slots) {
      if (slot.busy && Date.now() - slot.busy.started > TIMEOUT_MS) {
        // The limit: as the CLI's pool does, terminate the worker; the input is reported in one line.
        counts.stopped++;
        done++;
        const old = slot.worker;
        const how = slot.busy.how;
        stopped.push(how);
        if (process.env.KEEP_STOPPED === '1') {
          const dir = join(ROOT, 'test', 'fuzz', 'stopped');
          mkdirSync(dir, { recursive: true });
          writeFileSync(join(dir, `stopped-${SEED}-${slot.busy.input.id}${slot.busy.input.ext}`), slot.busy.input.bytes);
        }
        old.removeAllListeners();
        old.on('error', () => undefined);
        const ended = old.terminate();
        const late = setTimeout(() => {
          counts.hang++;
          crashes.push(`hang: the worker did not end ${HANG_MS / 1000} s after its deadline: ${how}`);
        }, HANG_MS);
        void ended.then(() => clearTimeout(late));
        slot.worker = spawn();
        attach(slot);
        feed(slot);
      }
    }
    if (slots.every((s) => s.busy === null)) clearInterval(watch);
  }, 100);
});

const seconds = (Date.now() - started) / 1000;
console.log(`fuzz: ${INPUTS} inputs from ${seeds.length} seed documents (seed ${SEED}), ${WORKERS} workers, reading limit ${TIMEOUT_MS / 1000} s`);
console.log(`  findings ${counts.findings}, unreadable (one line) ${counts.unreadable}, stopped at the ${TIMEOUT_MS / 1000} s limit ${counts.stopped}, crashes ${counts.crash}, hangs ${counts.hang}`);
console.log(`  peak memory (process RSS) ${(peakRss / 1024 / 1024).toFixed(0)} MB, ${seconds.toFixed(0)} s (${(INPUTS / seconds).toFixed(1)} inputs/s)`);
for (const c of crashes) console.log(`  ${c}`);
if (stopped.length > 0) console.log(`  stopped at the limit (first 10${process.env.KEEP_STOPPED === '1' ? '; inputs in test/fuzz/stopped/' : ''}):\n${stopped.slice(0, 10).map((h) => `    ${h}`).join('\n')}`);
process.exit(counts.crash + counts.hang > 0 ? 1 : 0);
