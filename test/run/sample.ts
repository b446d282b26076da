import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expandPaths } from '../../src/cli/walk.js';

export const REGERINGEN = join('..', 'shared', 'regeringen');
export const HAS_REGERINGEN = existsSync(REGERINGEN);

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (name.endsWith('.md') && name !== 'README.md') out.push(full);
  }
  return out;
}

/** Every n-th page of ../shared/regeringen, about `size` of them, in walk order (empty when absent). */
export function regeringenSample(size: number): string[] {
  if (!HAS_REGERINGEN) return [];
  const all = walk(REGERINGEN, []);
  const step = Math.max(1, Math.floor(all.length / size));
  return all.filter((_, i) => i % step === 0).slice(0, size);
}

/** The corpus documents as the CLI walks them (its .kronkollignore applied). */
export const corpusFiles = (): Promise<string[]> => expandPaths(['corpus']);
