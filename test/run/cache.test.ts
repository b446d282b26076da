import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, ReadCache } from '../../src/run/cache.js';
import { readAll } from '../../src/run/read-all.js';
import { runCli } from '../cli/run-cli.js';

interface CacheFile {
  key: string;
  entries: Record<string, { hash: string; size: number; mtimeMs: number; doc: { head: string; bulk: Record<string, [number, number]> }; findings: { message: string; ruleId: string; severity: string; location: { file: string } }[] }>;
}

/** The cache file's first part (one line of JSON), and the file with that part replaced. */
function readCache(location: string): CacheFile {
  const bytes = readFileSync(location);
  return JSON.parse(bytes.toString('utf8', 0, bytes.indexOf(10))) as CacheFile;
}
function writeCache(location: string, c: unknown): void {
  const bytes = readFileSync(location);
  writeFileSync(location, Buffer.concat([Buffer.from(`${JSON.stringify(c)}\n`), bytes.subarray(bytes.indexOf(10) + 1)]));
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
  const read = (): CacheFile => readCache(location);
  // A finding only the cache knows: seen in the output only when the cached entry was used.
  const plant = (): void => {
    const c = read();
    c.entries[resolve(a)]!.findings.push({ ruleId: 'format/unit', severity: 'info', message: 'FRÅN CACHEN', location: { file: a } });
    writeCache(location, c);
  };

  it('stores each document under its path with the sha256 of its bytes, and a re-run prints the same', async () => {
    const first = await audit();
    expect(first.code).toBe(0);
    const c = read();
    expect(Object.keys(c.entries).sort()).toEqual([resolve(a), resolve(b)].sort());
    expect(c.entries[resolve(a)]!.hash).toBe(createHash('sha256').update(readFileSync(a)).digest('hex'));
    expect((JSON.parse(c.entries[resolve(a)]!.doc.head) as { file: string }).file).toBe(a);
    // Sentences and lines lie in the second part of the file, not in the first.
    expect(Object.keys(c.entries[resolve(a)]!.doc.bulk).sort()).toEqual(['amounts', 'lines', 'sentences']);
    expect(c.entries[resolve(a)]!.doc.head).not.toContain('"sentences":[');
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
    writeCache(location, c);
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

  it('a file of unchanged size and time is not even read; a touched one is hashed, and a hit when its bytes are the same', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'kronkoll-cache-stat-'));
    const f = join(dir2, 'c.txt');
    copyFileSync('corpus/000_cc938031a1688a8c.txt', f);
    // Older than the run that hashes it: a file changed in the same instant as a run is hashed again.
    const old = new Date(Date.now() - 60_000);
    utimesSync(f, old, old);
    const loc = join(dir2, 'cache.json');
    const run = () => runCli(['audit', f, '--format', 'json', '--fail-on', 'never', '--cache', '--cache-location', loc]);
    const first = await run();
    const entry = readCache(loc).entries[resolve(f)]!;
    expect([entry.size, entry.mtimeMs]).toEqual([statSync(f).size, statSync(f).mtimeMs]);
    const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
    const text = readFileSync(f, 'utf8');
    expect(entry.hash).toBe(sha(text));
    // Same size, same time, other bytes (as no editor leaves a file): taken from the cache unread, as git's index would.
    const changed = text.replace('Regeringen', 'REGERINGEN');
    writeFileSync(f, changed);
    utimesSync(f, old, old);
    expect((await run()).out).toBe(first.out);
    expect(readCache(loc).entries[resolve(f)]!.hash).toBe(sha(text));
    // Touched: hashed, the bytes differ from the cached ones, so it is read again.
    const touched = new Date(Date.now() - 30_000);
    utimesSync(f, touched, touched);
    await run();
    expect(readCache(loc).entries[resolve(f)]!.hash).toBe(sha(changed));
    // Back to the first bytes under a new time: read again (the cache holds the changed ones) and recorded with that time.
    writeFileSync(f, text);
    const later = new Date(Date.now() - 20_000);
    utimesSync(f, later, later);
    expect((await run()).out).toBe(first.out);
    expect(readCache(loc).entries[resolve(f)]!).toMatchObject({ hash: sha(text), mtimeMs: statSync(f).mtimeMs });
    // Touched again, bytes as cached: a hit by hash (the planted finding shows it), and the new time is recorded.
    const c = readCache(loc);
    c.entries[resolve(f)]!.findings.push({ ruleId: 'format/unit', severity: 'info', message: 'TRÄFF PÅ HASH', location: { file: f } });
    writeCache(loc, c);
    const again = new Date(Date.now() - 10_000);
    utimesSync(f, again, again);
    expect(messages((await run()).out)).toContain('TRÄFF PÅ HASH');
    expect(readCache(loc).entries[resolve(f)]!.mtimeMs).toBe(statSync(f).mtimeMs);
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
    const c = readCache(location) as unknown as { corpus: { findings: Record<string, { message: string }[]> } };
    const [first] = Object.keys(c.corpus.findings);
    c.corpus.findings[first!]!.push({ ...c.corpus.findings[first!]![0]!, message: 'KORPUS FRÅN CACHEN' });
    writeCache(location, c);
    expect(messages((await run('json')).out)).toContain('KORPUS FRÅN CACHEN');
    // One document changed: the corpus rules run again, over all documents.
    appendFileSync(join(docs, '004_8696a5bf70867187.txt'), '\nEn rad till.\n');
    const changed = await run('json');
    expect(messages(changed.out)).not.toContain('KORPUS FRÅN CACHEN');
    expect(changed.out).toBe((await plain('json')).out);
  }, 120_000);
});
