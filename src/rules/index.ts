import type { Rule } from './types.js';

/** Every rule kronkoll has, in the order they are listed and run. */
export const ALL_RULES: readonly Rule[] = [];
