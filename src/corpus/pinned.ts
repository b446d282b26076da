import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseFramework, type FrameworkError } from '../../grammars/framework/index.js';
import type { Frame } from './frame.js';

/** File extension of pinned frames; not one the corpus walker reads as a document. */
export const FRAME_EXTENSION = '.frame';

export interface PinnedFrames {
  frames: Frame[];
  errors: { file: string; error: FrameworkError }[];
}

const cache = new Map<string, PinnedFrames>();

/** Reads every *.frame file in a directory (once per run). */
function readFrameDir(dir: string): PinnedFrames {
  const hit = cache.get(dir);
  if (hit) return hit;
  const out: PinnedFrames = { frames: [], errors: [] };
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith(FRAME_EXTENSION)) continue;
    const file = join(dir, name);
    const { frame, errors } = parseFramework(readFileSync(file, 'utf8'), file);
    out.errors.push(...errors.map((error) => ({ file, error })));
    if (errors.length === 0) out.frames.push(frame);
  }
  cache.set(dir, out);
  return out;
}

/**
 * Pinned frames for a run: the `frames/` folders beside the documents or above them (up to
 * three levels), as corpus/frames/ sits beside corpus/000_….txt and above corpus/pdf/.
 */
export function pinnedFramesFor(files: readonly string[]): PinnedFrames {
  const dirs = new Set<string>();
  for (const f of files) {
    let dir = dirname(resolve(f));
    for (let i = 0; i < 4; i++) {
      const candidate = join(dir, 'frames');
      // Findings name the frame file as the user would: relative to where kronkoll runs.
      const shown = relative(process.cwd(), candidate);
      if (existsSync(candidate) && statSync(candidate).isDirectory()) dirs.add(shown.startsWith('..') || isAbsolute(shown) ? candidate : shown);
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
  const out: PinnedFrames = { frames: [], errors: [] };
  for (const d of dirs) {
    const r = readFrameDir(d);
    out.frames.push(...r.frames);
    out.errors.push(...r.errors);
  }
  return out;
}
