import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';

/** `--shard K/N`: the K-th of N shares (1-based). */
export interface Shard {
  index: number;
  count: number;
}

/** Parses "K/N"; undefined when it is not one. */
export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/** A file's path relative to the run root with forward slashes: the same on every machine and checkout. */
export function runPath(file: string, root = process.cwd()): string {
  return relative(root, resolve(file)).split(sep).join('/');
}

/** The shard (1-based) a file belongs to: a hash of its run path, so the share is stable and even. */
export function shardOf(file: string, count: number, root = process.cwd()): number {
  const digest = createHash('sha256').update(runPath(file, root)).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The files of one shard, in run order, with their index among all files. */
export function filesOfShard(files: readonly string[], shard: Shard, root = process.cwd()): { file: string; index: number }[] {
  const out: { file: string; index: number }[] = [];
  files.forEach((file, index) => {
    if (shardOf(file, shard.count, root) === shard.index) out.push({ file, index });
  });
  return out;
}
