import { describe, expect, it } from 'vitest';
import { readAll } from '../../src/run/read-all.js';
import { Progress } from '../../src/run/progress.js';
import { corpusFiles } from './sample.js';

function fakeStream(isTTY: boolean): { isTTY: boolean; text: string; write(t: string): void } {
  return { isTTY, text: '', write(t: string) { this.text += t; } };
}

describe('progress', () => {
  it('on a terminal: done of total, rate and time left, redrawn in place, cleared at the end', () => {
    let now = 0;
    const tty = fakeStream(true);
    const p = new Progress(tty, 4, { intervalMs: 0, now: () => now });
    now = 1000;
    p.tick();
    expect(tty.text).toBe('\r\x1b[2Kkronkoll: 1/4 documents, 1.0/s, 3 s left');
    now = 2000;
    p.tick();
    expect(tty.text.endsWith('\r\x1b[2Kkronkoll: 2/4 documents, 1.0/s, 2 s left')).toBe(true);
    p.finish();
    expect(tty.text.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('redraws at most once per interval, and always for the last document', () => {
    let now = 0;
    const tty = fakeStream(true);
    const p = new Progress(tty, 3, { intervalMs: 100, now: () => now });
    now = 10;
    p.tick();
    now = 20;
    p.tick();
    expect(tty.text.match(/kronkoll:/g)).toHaveLength(1);
    now = 30;
    p.tick();
    expect(tty.text.match(/kronkoll:/g)).toHaveLength(2);
    expect(tty.text).toContain('3/3 documents');
  });

  it('writes nothing when the stream is not a terminal', async () => {
    const pipe = fakeStream(false);
    const files = await corpusFiles();
    const { docs } = await readAll(files, { jobs: 1, progress: pipe });
    expect(docs.length).toBe(files.length);
    expect(pipe.text).toBe('');
  }, 60_000);

  it('a run draws on a terminal and ends on a clean line', async () => {
    const tty = fakeStream(true);
    const files = await corpusFiles();
    await readAll(files, { jobs: 1, progress: tty });
    expect(tty.text).toContain(`${files.length}/${files.length} documents`);
    expect(tty.text.endsWith('\r\x1b[2K')).toBe(true);
  }, 60_000);
});

describe('progress from the CLI', () => {
  const run = async (args: string[], isTTY: boolean): Promise<string> => {
    const { main } = await import('../../src/cli/main.js');
    const stream = fakeStream(isTTY);
    await main(args, { out: () => undefined, err: () => undefined, color: false, progress: stream });
    return stream.text;
  };
  it('audit draws on a terminal stderr, not with --no-progress, and never on a pipe', async () => {
    const args = ['audit', 'corpus/000_cc938031a1688a8c.txt', 'corpus/004_8696a5bf70867187.txt', '--format', 'json'];
    expect(await run(args, true)).toContain('2/2 documents');
    expect(await run([...args, '--no-progress'], true)).toBe('');
    expect(await run(args, false)).toBe('');
  }, 60_000);
});
