import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

interface Ran {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the CLI in a child process with `input` piped to its standard input (or a shell pipeline in front of it). */
function piped(args: string[], input: Uint8Array | string | { shell: string }): Promise<Ran> {
  const cli = [process.execPath, '--import', 'tsx', 'test/cli/cli-process.ts', ...args];
  const child =
    typeof input === 'object' && 'shell' in input
      ? spawn('sh', ['-c', `${input.shell} | ${cli.map((a) => `'${a}'`).join(' ')}`])
      : spawn(cli[0]!, cli.slice(1));
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => void (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => void (err += d.toString()));
  if (!(typeof input === 'object' && 'shell' in input)) {
    // A child that stops reading early closes the pipe; that is not this test's failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  }
  return new Promise((done) => child.on('close', (code) => done({ code, out, err })));
}

const SEED = 'corpus/000_cc938031a1688a8c.txt';
const PDF = 'corpus/pdf/000.lo.pdf';

/** A Markdown table whose sum row is 100 (tkr) off: 1 200 + 300 is 1 500, not 1 600. */
const MARKDOWN = ['# Fördelning per region', '', '| Region | Belopp (tkr) |', '|---|---:|', '| Stockholm | 1 200 |', '| Uppsala | 300 |', '| Summa | 1 600 |', ''].join('\n');

type Json = { documents: { file: string; format?: string; encoding?: string; findings?: { ruleId: string; severity: string; location: { file: string; line?: number } }[] }[] };

describe('a document piped into the CLI process (-)', { timeout: 60_000 }, () => {
  it.concurrent('text: with --stdin-name the same findings as the file itself', async () => {
    const asFile = await runCli(['audit', SEED, '--format', 'json', '--fail-on', 'never']);
    const named = await piped(['audit', '-', '--stdin-name', SEED, '--format', 'json', '--fail-on', 'never'], readFileSync(SEED));
    expect(named.err).toBe('');
    expect(named.code).toBe(0);
    expect(named.out).toBe(asFile.out);
  });

  it.concurrent('PDF: binary input recognised by its header, read as the file is', async () => {
    const asFile = await runCli(['extract', PDF, '--format', 'json']);
    const bare = await piped(['extract', '-', '--format', 'json'], readFileSync(PDF));
    expect(bare.err).toBe('');
    const doc = (JSON.parse(bare.out) as Json).documents[0]!;
    expect(doc.file).toBe('<stdin>');
    expect(doc.format).toBe('pdf');
    expect(bare.out).toBe(asFile.out.replaceAll(JSON.stringify(PDF), JSON.stringify('<stdin>')));
  });

  it.concurrent('too large: reading stops at --max-size (an endless input ends), one line, and the other documents are read', async () => {
    const endless = await piped(['audit', '-', SEED, '--max-size', '1', '--format', 'json', '--fail-on', 'never', '--lang', 'en'], { shell: 'yes 0123456789' });
    expect(endless.code).toBe(2);
    expect(endless.err).toBe('kronkoll: <stdin>: too large (more than 1,048,576 bytes on standard input; reading stopped)\n');
    expect((JSON.parse(endless.out) as Json).documents.map((d) => d.file)).toEqual([SEED]);
  });
});

describe('a document on standard input, in-process', () => {
  it('text without a name: <stdin>, read as text', async () => {
    const bare = await runCli(['extract', '-', '--format', 'json'], readFileSync(SEED));
    const doc = (JSON.parse(bare.out) as Json).documents[0]!;
    expect(doc.file).toBe('<stdin>');
    expect(doc.format).toBe('text');
  });

  it('Markdown: recognised from its content, and its finding names the document as --stdin-name says', async () => {
    const bare = await runCli(['audit', '-', '--format', 'json'], MARKDOWN);
    expect(bare.code).toBe(1);
    const doc = (JSON.parse(bare.out) as Json).documents[0]!;
    expect(doc.file).toBe('<stdin>');
    const sum = doc.findings!.filter((f) => f.ruleId === 'table/column-total');
    expect(sum.map((f) => [f.severity, f.location.file, f.location.line])).toEqual([['error', '<stdin>', 7]]);
    const named = await runCli(['audit', '-', '--stdin-name', 'rapporter/fordelning.md', '--lang', 'en'], MARKDOWN);
    expect(named.code).toBe(1);
    expect(named.out).toContain('rapporter/fordelning.md:7:11: error table/column-total');
    // Read as the extension says: as plain text the pipe table is no Markdown table.
    const asText = await runCli(['extract', '-', '--stdin-name', 'fordelning.txt', '--format', 'json'], MARKDOWN);
    expect((JSON.parse(asText.out) as Json).documents[0]!.format).toBe('text');
  });

  it('PDF named by --stdin-name: the same extract as the file', async () => {
    const asFile = await runCli(['extract', PDF, '--format', 'json']);
    const named = await runCli(['extract', '-', '--stdin-name', PDF, '--format', 'json'], readFileSync(PDF));
    expect(named.err).toBe('');
    expect(named.out).toBe(asFile.out);
  });

  it('too large: one line in the language of the run', async () => {
    const sv = await runCli(['extract', '-', '--max-size', '0.001'], 'x'.repeat(2000));
    expect(sv.code).toBe(2);
    expect(sv.err).toBe('kronkoll: <stdin>: för stor (mer än 1 048 byte på standard in; läsningen avbröts)\n');
  });

  it('Latin-1 text: decoded as Windows-1252, and the extract says so', async () => {
    const text = 'Bidrag per län 2019\n\nVästra Götalands län   4 500 000 kr\nJönköpings län   1 250 000 kr\n';
    const got = await runCli(['extract', '-', '--format', 'json'], Buffer.from(text, 'latin1'));
    expect(got.err).toBe('');
    const doc = (JSON.parse(got.out) as Json).documents[0]!;
    expect(doc.encoding).toBe('windows-1252');
    expect(JSON.stringify(doc)).toContain('Västra Götalands län');
  });

  it('- twice is a usage error', async () => {
    const got = await runCli(['audit', '-', '-', '--lang', 'en']);
    expect(got.code).toBe(2);
    expect(got.err).toContain('standard input (-) can be read only once');
  });
});
