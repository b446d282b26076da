import { mkdtempSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPool, startReadsEarly } from '../../src/cli/early-reads.js';
import { ReadPool } from '../../src/run/pool.js';
import { threadsAhead, workerUrl } from '../../src/run/threads.js';
import { runCli } from './run-cli.js';

afterAll(() => ReadPool.closeAll());

const PDF = 'corpus/pdf/000.lo.pdf';
const TXT = 'corpus/000_cc938031a1688a8c.txt';

describe('extractPool: the pool an extract of documents will read with, read before the CLI loads', () => {
  it('one thread per document, at most the cores or --jobs; the memory limit as given', () => {
    expect(extractPool(['extract', PDF, '--format', 'json'])).toEqual({ jobs: 1, maxMemoryMb: 2048 });
    expect(extractPool(['extract', '-f', 'csv', PDF, TXT, '--jobs', '1'])).toEqual({ jobs: 1, maxMemoryMb: 2048 });
    expect(extractPool(['--lang', 'en', 'extract', PDF, TXT, TXT, '-j', '2', '--max-memory=512'])).toEqual({ jobs: 2, maxMemoryMb: 512 });
    expect(extractPool(['extract', PDF, TXT, '--lang=sv', '--timeout', '5'])).toEqual({ jobs: Math.min(2, availableParallelism()), maxMemoryMb: 2048 });
    // Standard input is one document.
    expect(extractPool(['extract', '-', '--stdin-name', 'a.txt'])).toEqual({ jobs: 1, maxMemoryMb: 2048 });
  });

  it('nothing for another command, a folder, a path that is not there, or an option it cannot read', () => {
    expect(extractPool(['audit', PDF])).toBeNull();
    expect(extractPool(['extract', 'corpus/pdf'])).toBeNull();
    expect(extractPool(['extract', PDF, join(mkdtempSync(join(tmpdir(), 'kronkoll-early-')), 'none.pdf')])).toBeNull();
    expect(extractPool(['extract'])).toBeNull();
    expect(extractPool(['extract', PDF, '--jobs', '0'])).toBeNull();
    expect(extractPool(['extract', PDF, '--max-memory', '1.5'])).toBeNull();
    expect(extractPool(['extract', PDF, '--no-such-option'])).toBeNull();
    expect(extractPool(['extract', PDF, '--help'])).toBeNull();
  });
});

describe('startReadsEarly', () => {
  it('starts the threads that the extract run then reads with (the same pool settings)', async () => {
    const worker = await workerUrl();
    // Memory limits no other test's pool has: pools live as long as the process, which test files share.
    for (const argv of [
      ['extract', PDF, '--format', 'json', '--max-memory', '1993'],
      ['--lang', 'en', 'extract', PDF, TXT, '--jobs', '2', '--max-memory', '1994'],
    ]) {
      expect(startReadsEarly(argv, worker)).toBe(true);
      expect(threadsAhead()).toBe(1);
      const got = await runCli(argv);
      expect(got.code).toBe(0);
      expect(got.err).toBe('');
      // The run's pool took them over: none left waiting, none started twice.
      expect(threadsAhead()).toBe(0);
    }
  }, 120_000);

  it('starts nothing where the command is left to start them', async () => {
    const worker = await workerUrl();
    expect(startReadsEarly(['extract', 'corpus/pdf'], worker)).toBe(false);
    expect(startReadsEarly(['audit', PDF], worker)).toBe(false);
    expect(threadsAhead()).toBe(0);
  });
});
