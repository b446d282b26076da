import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, ReadCache } from '../../src/run/cache.js';
import { readAll } from '../../src/run/read-all.js';
import { runCli } from '../cli/run-cli.js';

interface CacheFile {
  key: string;
  entries: Record<string, { hash: string; doc: Record<string, string>; findings: { message: string; ruleId: string; severity: string; location: { file: string } }[] }>;
}

const messages = (out: string): string[] => (JSON.parse(out) as { documents: { findings: { message: string }[] }[] }).documents.flatMap((d) => d.findings.map((f) => f.message));

describe('--cache', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kronkoll-cache-'));
  const a = join(dir, 'a.txt');
  const b = join(dir, 'b.txt');
  copyFileSync('corpus/000_cc938031a1688a8c.txt', a);
  copyFileSync('corpus/004_8696a5bf70867187.txt', b);
  const location = join(dir, 'cache.json');
  const audit = (...extra: string[]) => runCli(['audit', a, b, '--format', 'json', '--fail-on', 'never', '--cache', '--cache-location', location, ...extra]);
  const read = (): CacheFile => JSON.parse(readFileSync(location, 'utf8')) as CacheFile;
  // A finding only the cache knows: seen in the output only when the cached entry was used.
  const plant = (): void => {
    const c = read();
    c.entries[resolve(a)]!.findings.push({ ruleId: 'format/unit', severity: 'info', message: 'FRÅN CACHEN', location: { file: a } });
    writeFileSync(location, JSON.stringify(c));
  };

  it('stores each document under its path with the sha256 of its bytes, and a re-run prints the same', async () => {
    const first = await audit();
    expect(first.code).toBe(0);
    const c = read();
    expect(Object.keys(c.entries).sort()).toEqual([resolve(a), resolve(b)].sort());
    expect(c.entries[resolve(a)]!.hash).toBe(createHash('sha256').update(readFileSync(a)).digest('hex'));
    expect(JSON.parse(c.entries[resolve(a)]!.doc.file!)).toBe(a);
    const second = await audit();
    expect(second.out).toBe(first.out);
  }, 60_000);

  it('an unchanged file is taken from the cache, not read', async () => {
    plant();
    expect(messages((await audit()).out)).toContain('FRÅN CACHEN');
  }, 60_000);

  it('a changed file is read again (and its entry replaced); the unchanged one still comes from the cache', async () => {
    plant();
    const c = read();
    c.entries[resolve(b)]!.findings.push({ ruleId: 'format/unit', severity: 'info', message: 'B FRÅN CACHEN', location: { file: b } });
    writeFileSync(location, JSON.stringify(c));
    appendFileSync(a, '\nEn rad till.\n');
    const got = messages((await audit()).out);
    expect(got).not.toContain('FRÅN CACHEN');
    expect(got).toContain('B FRÅN CACHEN');
    expect(read().entries[resolve(a)]!.hash).toBe(createHash('sha256').update(readFileSync(a)).digest('hex'));
  }, 60_000);

  it('other rules or another version make the whole cache unusable', async () => {
    plant();
    expect(messages((await audit('--disable', 'format/unit')).out)).not.toContain('FRÅN CACHEN');
    const key = read().key;
    plant();
    const files = [a];
    const sameKey = await ReadCache.open(location, key);
    expect((await readAll(files, { jobs: 1, cache: sameKey })).docs).toHaveLength(1);
    const hash = createHash('sha256').update(readFileSync(a)).digest('hex');
    expect((await ReadCache.open(location, key)).get(a, hash)).toBeDefined();
    expect((await ReadCache.open(location, cacheKey('9.9.9', {}))).get(a, hash)).toBeUndefined();
    expect(cacheKey('0.1.0', { maxPages: 1 })).not.toBe(cacheKey('0.1.1', { maxPages: 1 }));
  }, 60_000);

  it('without --cache nothing is written; --cache alone writes .kronkollcache in the working directory', async () => {
    const other = join(dir, 'none.json');
    await runCli(['audit', a, '--format', 'json', '--cache-location', other]);
    expect(existsSync(other)).toBe(false);
    const cwd = process.cwd();
    const work = mkdtempSync(join(tmpdir(), 'kronkoll-cwd-'));
    try {
      process.chdir(work);
      await runCli(['audit', resolve(cwd, 'corpus/000_cc938031a1688a8c.txt'), '--format', 'json', '--cache']);
      expect(existsSync(join(work, '.kronkollcache'))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});

describe('--cache over a corpus with corpus-rule findings', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kronkoll-cache-corpus-'));
  const location = join(dir, 'cache.json');
  // A copy, with its pinned frames, so that a document can be changed.
  const docs = join(dir, 'corpus');
  cpSync('corpus', docs, { recursive: true, filter: (src) => !src.includes('field') && !src.includes('golden') });
  const run = (format: string) => runCli(['audit', docs, '--format', format, '--fail-on', 'never', '--jobs', '2', '--cache', '--cache-location', location]);
  const plain = (format: string) => runCli(['audit', docs, '--format', format, '--fail-on', 'never', '--jobs', '2']);

  it('a re-run from the cache prints what a run without it prints, in every format', async () => {
    await run('json');
    for (const format of ['json', 'text', 'sarif', 'junit', 'github']) {
      const cached = await run(format);
      expect(cached.out, format).toBe((await plain(format)).out);
    }
    // The corpus rules found something here, so their cached findings are part of what was compared.
    expect((JSON.parse((await run('json')).out) as { documents: { findings: { ruleId: string }[] }[] }).documents.flatMap((d) => d.findings).some((f) => f.ruleId.startsWith('framework/'))).toBe(true);
  }, 120_000);

  it('the corpus findings are the kept ones only while every document is unchanged', async () => {
    const c = JSON.parse(readFileSync(location, 'utf8')) as { corpus: { findings: Record<string, { message: string }[]> } };
    const [first] = Object.keys(c.corpus.findings);
    c.corpus.findings[first!]!.push({ ...c.corpus.findings[first!]![0]!, message: 'KORPUS FRÅN CACHEN' });
    writeFileSync(location, JSON.stringify(c));
    expect(messages((await run('json')).out)).toContain('KORPUS FRÅN CACHEN');
    // One document changed: the corpus rules run again, over all documents.
    appendFileSync(join(docs, '004_8696a5bf70867187.txt'), '\nEn rad till.\n');
    const changed = await run('json');
    expect(messages(changed.out)).not.toContain('KORPUS FRÅN CACHEN');
    expect(changed.out).toBe((await plain('json')).out);
  }, 120_000);
});
