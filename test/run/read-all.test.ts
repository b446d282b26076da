import { assignFingerprints } from '../../src/findings/fingerprint.js';
import { describe, expect, it } from 'vitest';
import { loadRuleContext } from '../../src/corpus/context.js';
import { loadDocument } from '../../src/document/load.js';
import type { Document } from '../../src/model/document.js';
import { ReadError } from '../../src/readers/read-error.js';
import { formatAuditJson } from '../../src/report/audit-json.js';
import { formatExtractJson } from '../../src/report/extract-json.js';
import { runRules } from '../../src/rules/engine.js';
import { ALL_RULES } from '../../src/rules/index.js';
import { runCli, tempFile } from '../cli/run-cli.js';
import { corpusFiles, HAS_REGERINGEN, regeringenSample } from './sample.js';

/** The audit as kronkoll ran it before the pool: each file read in turn on this thread, then every rule. */
async function sequentialAudit(files: string[]): Promise<string> {
  const docs: Document[] = [];
  const errors: { file: string; reason: string }[] = [];
  for (const f of files) {
    try {
      docs.push(await loadDocument(f));
    } catch (e) {
      if (!(e instanceof ReadError)) throw e;
      errors.push({ file: e.file, reason: e.reason });
    }
  }
  const byFile = runRules(docs, ALL_RULES, loadRuleContext(docs.map((d) => d.file)));
  // The CLI fingerprints findings after the rules, relative to the run root (the working directory).
  assignFingerprints(docs.map((d) => byFile.get(d.file) ?? []), process.cwd(), docs);
  return formatAuditJson({ documents: docs.map((d) => ({ file: d.file, findings: byFile.get(d.file) ?? [], lines: d.lines })), errors });
}

describe('reading on the worker pool', () => {
  it('extract --format json, printed on the reading threads, is what printing the models read on this thread gives', async () => {
    const files = [...(await corpusFiles()), 'corpus/pdf/001.lo.pdf'];
    const bad = tempFile('tom.md', '   \n');
    const docs: Document[] = [];
    for (const f of files) docs.push(await loadDocument(f));
    for (const jobs of ['1', '2']) {
      const got = await runCli(['extract', ...files, '--format', 'json', '--jobs', jobs]);
      expect(got.code).toBe(0);
      expect(got.out).toBe(formatExtractJson(docs));
    }
    // An unreadable file among them: one line, and the others printed as before.
    const withBad = await runCli(['extract', files[0]!, bad, files[1]!, '--format', 'json', '--jobs', '2']);
    expect(withBad.code).toBe(2);
    expect(withBad.out).toBe(formatExtractJson([docs[0]!, docs[1]!]));
    expect(withBad.err).toContain(bad);
  }, 120_000);

  it('corpus: --jobs 1 and --jobs 2 print what the sequential audit prints, in the same order', async () => {
    const files = await corpusFiles();
    const want = await sequentialAudit(files);
    expect((JSON.parse(want) as { documents: { findings: unknown[] }[] }).documents.flatMap((d) => d.findings).length).toBeGreaterThan(0);
    for (const jobs of ['1', '2']) {
      const got = await runCli(['audit', ...files, '--format', 'json', '--jobs', jobs, '--fail-on', 'never']);
      expect(got.code).toBe(0);
      expect(got.out.trimEnd()).toBe(want.trimEnd());
    }
  }, 120_000);

  it.skipIf(!HAS_REGERINGEN)('a sample of ../shared/regeringen: --jobs 2 as --jobs 1 and as sequential', async () => {
    const files = regeringenSample(100);
    expect(files.length).toBeGreaterThanOrEqual(90);
    const want = await sequentialAudit(files);
    const one = await runCli(['audit', ...files, '--format', 'json', '--jobs', '1', '--fail-on', 'never']);
    const two = await runCli(['audit', ...files, '--format', 'json', '--jobs', '2', '--fail-on', 'never']);
    expect(one.out.trimEnd()).toBe(want.trimEnd());
    expect(two.out.trimEnd()).toBe(want.trimEnd());
  }, 120_000);

  it('an unreadable file is one line and the others are read, with any number of jobs', async () => {
    const bad = tempFile('leer.md', '   \n');
    const files = await corpusFiles();
    for (const jobs of ['1', '3']) {
      const got = await runCli(['audit', files[0]!, bad, files[1]!, '--format', 'json', '--jobs', jobs]);
      expect(got.code).toBe(2);
      const json = JSON.parse(got.out) as { documents: { file: string }[]; inputErrors: { file: string; reason: string }[] };
      expect(json.documents.map((d) => d.file)).toEqual([files[0], files[1]]);
      expect(json.inputErrors).toEqual([{ file: bad, reason: 'tomt dokument' }]);
    }
  }, 60_000);

  it('--jobs and --max-memory take positive whole numbers', async () => {
    for (const [opt, value] of [['--jobs', '0'], ['--jobs', '1.5'], ['--max-memory', 'x']] as const) {
      const got = await runCli(['audit', 'corpus', opt, value]);
      expect(got.code).toBe(2);
      expect(got.err).toContain(`${opt} ska vara ett positivt heltal (fick '${value}')`);
    }
  });
});
