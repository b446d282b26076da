import type { RuleContext } from '../rules/types.js';
import { pinnedFramesFor } from './pinned.js';
import { referencePopulation } from './reference.js';

/**
 * Reads what the rules need besides the documents — pinned frames in `frames/` folders beside
 * or above the documents, and the population reference — once, at the input stage.
 */
export function loadRuleContext(files: readonly string[]): RuleContext {
  return { frames: pinnedFramesFor(files), population: referencePopulation(files[0]) };
}
