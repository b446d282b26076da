import { allocationKey } from '../allocation/key.js';
import { claimApproximate } from '../claim/approximate.js';
import type { Rule } from '../types.js';
import { arithmetic } from './arithmetic.js';
import { ceiling } from './ceiling.js';
import { frameSums } from './frame-sums.js';
import { keyTotal } from './key-total.js';
import { frameworkLink } from './link.js';
import { statedAmount } from './stated-amount.js';

/**
 * Rules about agreements and the money paid under them, in the order they run: the corpus
 * rules of framework/, the allocation keys of region tables (allocation/) and approximate
 * claims in press releases (claim/).
 */
export const FRAMEWORK_RULES: readonly Rule[] = [frameworkLink, statedAmount, arithmetic, keyTotal, ceiling, frameSums, allocationKey, claimApproximate];
