import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOfShard, parseShard, runPath, shardOf } from '../../src/run/shard.js';
import { runCli } from '../cli/run-cli.js';
import { corpusFiles, HAS_REGERINGEN, regeringenSample } from './sample.js';

describe('shards', () => {
  it('K/N is parsed; anything else is refused', async () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', '1', 'a/b', '1/2/3']) expect(parseShard(bad)).toBeUndefined();
    const got = await runCli(['audit', 'corpus', '--shard', '4/3']);
    expect(got.code).toBe(2);
    expect(got.err).toContain("--shard ska vara K/N med 1 ≤ K ≤ N (fick '4/3')");
  });

  it('a file belongs to one shard, decided by its path relative to the run root only', () => {
    const files = Array.from({ length: 300 }, (_, i) => `dir/${i}.md`);
    const shares = [1, 2, 3].map((k) => filesOfShard(files, { index: k, count: 3 }, '/a'));
    expect(shares.flat().map((s) => s.index).sort((x, y) => x - y)).toEqual(files.map((_, i) => i));
    // Roughly even: each of three shares has between 20 % and 46 % of the files.
    for (const s of shares) expect(s.length).toBeGreaterThan(60), expect(s.length).toBeLessThan(140);
    // The same relative path under another root (another machine's checkout) lands in the same shard.
    for (const f of files.slice(0, 50)) expect(shardOf(join('/a', f), 3, '/a')).toBe(shardOf(join('/b/c', f), 3, '/b/c'));
    expect(runPath('/a/dir/x.md', '/a')).toBe('dir/x.md');
  });

  it('three shards and a merge give exactly the findings of the unsharded run (corpus and a sample of ../shared/regeringen)', async () => {
    const files = [...(await corpusFiles()), ...regeringenSample(HAS_REGERINGEN ? 100 : 0)];
    const dir = mkdtempSync(join(tmpdir(), 'kronkoll-shards-'));
    const whole = await runCli(['audit', ...files, '--format', 'json', '--fail-on', 'never']);
    const results = [1, 2, 3].map((k) => join(dir, `shard-${k}.json`));
    let documents = 0;
    for (const [k, out] of results.entries()) {
      const got = await runCli(['audit', ...files, '--shard', `${k + 1}/3`, '--shard-output', out, '--format', 'json', '--fail-on', 'never']);
      expect(got.code).toBe(0);
      const shard = JSON.parse(readFileSync(out, 'utf8')) as { documents: unknown[] };
      expect(shard.documents.length).toBeGreaterThan(0);
      documents += shard.documents.length;
    }
    expect(documents).toBe(files.length);
    // The merge takes the results in any order.
    const merged = await runCli(['merge', results[2]!, results[0]!, results[1]!, '--format', 'json', '--fail-on', 'never']);
    expect(merged.code).toBe(0);
    expect(merged.out).toBe(whole.out);
    // The corpus rules ran in the merge, not in the shards: framework/link and framework/stated-amount
    // (corpus rules) report on the corpus's agreements and decisions.
    const ruleIds = (out: string): string[] => (JSON.parse(out) as { documents: { findings: { ruleId: string }[] }[] }).documents.flatMap((d) => d.findings.map((f) => f.ruleId));
    expect(ruleIds(merged.out)).toEqual(expect.arrayContaining(['framework/link', 'framework/stated-amount']));
    const shardOut = await runCli(['audit', ...files, '--shard', '1/3', '--format', 'json', '--fail-on', 'never']);
    expect(ruleIds(shardOut.out).filter((id) => id.startsWith('framework/'))).toEqual([]);
    const text = await runCli(['merge', ...results, '--format', 'text', '--fail-on', 'never']);
    const wholeText = await runCli(['audit', ...files, '--format', 'text', '--fail-on', 'never']);
    expect(text.out).toBe(wholeText.out);
  }, 180_000);

  it('a merge with a shard missing or given twice, or a file that is no shard result, is refused in one line', async () => {
    const files = await corpusFiles();
    const dir = mkdtempSync(join(tmpdir(), 'kronkoll-shards-'));
    const one = join(dir, 'one.json');
    await runCli(['audit', ...files, '--shard', '1/2', '--shard-output', one, '--format', 'json']);
    const missing = await runCli(['merge', one]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('kronkoll: delen 2/2 saknas\n');
    const twice = await runCli(['merge', one, one]);
    expect(twice.err).toBe(`kronkoll: ${one}: delen 1/2 angiven två gånger\n`);
    const notShard = await runCli(['merge', 'corpus/golden/000_cc938031a1688a8c.tables.json']);
    expect(notShard.code).toBe(2);
    expect(notShard.err).toBe('kronkoll: corpus/golden/000_cc938031a1688a8c.tables.json: inget delresultat (skriv ett med audit --shard K/N --shard-output FIL)\n');
  }, 60_000);
});
