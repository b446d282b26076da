import type { Rule } from '../types.js';
import { arithmetic } from './arithmetic.js';
import { ceiling } from './ceiling.js';
import { frameSums } from './frame-sums.js';
import { keyTotal } from './key-total.js';
import { frameworkLink } from './link.js';
import { statedAmount } from './stated-amount.js';

/** Corpus rules about agreements and their frames (framework/), in the order they run. */
export const FRAMEWORK_RULES: readonly Rule[] = [frameworkLink, statedAmount, arithmetic, keyTotal, ceiling, frameSums];
