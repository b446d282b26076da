export { REGIONS, regionByCode, matchRegion, hasReplacementCharacter } from './match.js';
export { isTotalLabel } from './total.js';
export { normalizeLabel } from './normalize.js';
