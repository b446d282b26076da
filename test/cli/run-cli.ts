import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { main, type Io } from '../../src/cli/main.js';

/** Runs the CLI in-process and captures what it prints; `stdin` is what `-` reads. */
export async function runCli(args: string[], stdin?: string | Uint8Array): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += t.endsWith('\n') ? t : `${t}\n`), err: (t) => void (err += t.endsWith('\n') ? t : `${t}\n`), color: false };
  if (stdin !== undefined) io.stdin = Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]);
  const code = await main(args, io);
  return { code, out, err };
}

/** A copy of a corpus seed with one text replaced, in a fresh temporary directory. */
export function mutatedSeed(seed: string, from: string | RegExp, to: string, name = seed): string {
  const text = readFileSync(join('corpus', seed), 'utf8');
  const changed = text.replace(from, to);
  if (changed === text) throw new Error(`mutation did not apply to ${seed}`);
  const dir = mkdtempSync(join(tmpdir(), 'kronkoll-'));
  const file = join(dir, name);
  writeFileSync(file, changed);
  return file;
}

export function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'kronkoll-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}
