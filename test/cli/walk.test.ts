import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandPaths } from '../../src/cli/walk.js';
import { runCli } from './run-cli.js';

/** A folder tree from a list of relative paths and their contents. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kronkoll-walk-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const rel = (dir: string, files: string[]) => files.map((f) => relative(dir, f).split('\\').join('/'));

describe('walking directories', () => {
  it('honours .kronkollignore at every level, relative to its own folder, with gitignore syntax', async () => {
    const dir = tree({
      'a.txt': 'x',
      '.kronkollignore': '# drafts anywhere\n*.draft.md\npdf/src/\n',
      'pdf/a.pdf': 'x',
      'pdf/src/a.html': 'x',
      'beslut/b.md': 'x',
      'beslut/b.draft.md': 'x',
      'beslut/.kronkollignore': 'gammalt/\n!behåll.draft.md\n',
      'beslut/behåll.draft.md': 'x',
      'beslut/gammalt/c.txt': 'x',
      'beslut/nytt/gammalt.txt': 'x',
    });
    expect(rel(dir, await expandPaths([dir]))).toEqual(['a.txt', 'beslut/b.md', 'beslut/behåll.draft.md', 'beslut/nytt/gammalt.txt', 'pdf/a.pdf']);
  });

  it('applies configuration patterns relative to the configuration folder, also when a subfolder is walked', async () => {
    const dir = tree({ 'corpus/a.txt': 'x', 'corpus/utkast/b.txt': 'x', 'corpus/c.md': 'x' });
    const options = { root: dir, patterns: ['corpus/utkast/', '*.md'] };
    expect(rel(dir, await expandPaths([join(dir, 'corpus')], options))).toEqual(['corpus/a.txt']);
    // A file named on the command line is read although a pattern matches it; a directory is walked under the patterns.
    expect(rel(dir, await expandPaths([join(dir, 'corpus', 'c.md')], options))).toEqual(['corpus/c.md']);
    expect(rel(dir, await expandPaths([join(dir, 'corpus', 'utkast')], options))).toEqual([]);
  });

  it('no documents matched: exit 2 with a message; --no-error-on-unmatched exits 0', async () => {
    const empty = tree({ 'notes.json': '{}' });
    const r = await runCli(['audit', empty]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`kronkoll: inga dokument hittades i ${empty} (tomt, eller allt ignorerat); --no-error-on-unmatched godtar det`);
    const ok = await runCli(['audit', empty, '--no-error-on-unmatched', '--format', 'json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.out).summary).toEqual({ documents: 0, errors: 0, warnings: 0, infos: 0 });

    const ignored = tree({ 'a.txt': 'Summa 3 kr', '.kronkollignore': '*.txt\n' });
    expect((await runCli(['audit', ignored])).code).toBe(2);
  });
});
