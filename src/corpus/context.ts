import { pinnedFramesFor, type PinnedFrames } from './pinned.js';
import { referencePopulation, type Population } from './reference.js';

/**
 * What rules may know besides the documents: pinned frames and reference data, read at the
 * input stage so that no rule reads files itself.
 */
export interface RuleContext {
  frames: PinnedFrames;
  population: Population | null;
}

/**
 * Reads what the rules need besides the documents — pinned frames in `frames/` folders beside
 * or above the documents, and the population reference — once, at the input stage.
 */
export function loadRuleContext(files: readonly string[]): RuleContext {
  return { frames: pinnedFramesFor(files), population: referencePopulation(files[0]) };
}
