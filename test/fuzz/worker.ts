import { containPdfjsRejections } from '../../src/run/pdfjs-rejections.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { loadDocument } from '../../src/document/load.js';
import { ReadError } from '../../src/readers/read-error.js';
import { formatAuditJson } from '../../src/report/audit-json.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';

/**
 * One fuzz input through the whole pipeline as the CLI runs it: read (with the CLI's limits),
 * build the model, run every rule, print JSON. The outcome is findings, a one-line unreadable
 * reason (a ReadError), or a crash: any other exception.
 */
export interface FuzzInput {
  id: number;
  ext: string;
  bytes: Uint8Array;
  timeoutMs: number;
}
export type FuzzOutcome = { id: number; kind: 'findings'; count: number } | { id: number; kind: 'unreadable'; reason: string } | { id: number; kind: 'crash'; error: string };

// As the CLI's reading threads do (src/run/worker.ts).
containPdfjsRejections();

const dir = mkdtempSync(join(tmpdir(), 'kronkoll-fuzz-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

parentPort!.on('message', async (input: FuzzInput) => {
  const file = join(dir, `input-${input.id}${input.ext}`);
  let outcome: FuzzOutcome;
  try {
    writeFileSync(file, input.bytes);
    const doc = await loadDocument(file, { maxPages: 2000, timeoutMs: input.timeoutMs, maxBytes: 50 * 1024 * 1024 });
    const findings = runRules([doc], ALL_RULES).get(doc.file) ?? [];
    formatAuditJson({ documents: [{ file: doc.file, findings, lines: doc.lines }], errors: [] });
    outcome = { id: input.id, kind: 'findings', count: findings.length };
  } catch (e) {
    if (e instanceof ReadError) {
      const oneLine = !e.reason.includes('\n');
      outcome = oneLine ? { id: input.id, kind: 'unreadable', reason: e.reason } : { id: input.id, kind: 'crash', error: `multi-line reason: ${e.reason}` };
    } else outcome = { id: input.id, kind: 'crash', error: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 6).join('\n')}` : String(e) };
  } finally {
    rmSync(file, { force: true });
  }
  parentPort!.postMessage(outcome);
});
