export { REGIONS, regionByCode, matchRegion } from './match.js';
export { isTotalLabel } from './total.js';
export { normalizeLabel } from './normalize.js';
