export { REGIONS, regionByCode, matchRegion, hasReplacementCharacter, isExactRegion } from './match.js';
export { isTotalLabel, isNamedTotalLabel } from './total.js';
export { normalizeLabel } from './normalize.js';
export { matchCodedRegion } from './coded-label.js';
export { placeInCounty, type PlaceInCounty } from './county-part.js';
