import { isAbsolute, relative } from 'node:path';
import { pinnedFramesFor, readFrameDir, type PinnedFrames } from './pinned.js';
import { referencePopulation, referencePopulationIn, type Population } from './reference.js';

/**
 * What rules may know besides the documents: pinned frames and reference data, read at the
 * input stage so that no rule reads files itself.
 */
export interface RuleContext {
  frames: PinnedFrames;
  population: Population | null;
}

/** Folders named in the configuration; each replaces the search beside the documents. */
export interface ContextPaths {
  frames?: readonly string[];
  reference?: string;
}

/**
 * Reads what the rules need besides the documents — pinned frames in `frames/` folders beside
 * or above the documents (or the folders the configuration names), and the population
 * reference — once, at the input stage.
 */
export function loadRuleContext(files: readonly string[], paths: ContextPaths = {}): RuleContext {
  const frames = paths.frames ? mergeFrames(paths.frames.map((d) => readFrameDir(shown(d)))) : pinnedFramesFor(files);
  const population = paths.reference !== undefined ? referencePopulationIn(paths.reference) : referencePopulation(files[0]);
  return { frames, population };
}

/** Findings name the frame file as the user would: relative to where kronkoll runs. */
function shown(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

function mergeFrames(parts: PinnedFrames[]): PinnedFrames {
  return { frames: parts.flatMap((p) => p.frames), errors: parts.flatMap((p) => p.errors) };
}
