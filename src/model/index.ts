export type * from './location.js';
export type * from './amount.js';
export type * from './table.js';
export type * from './region.js';
export type * from './document.js';
export type * from './finding.js';
