/**
 * Scale words cut short before the currency, with or without a point or a space: "milj. kr",
 * "mn €", "mdr euro", "mrd kronor". They name millions and billions as "miljoner" and "miljarder"
 * do. Shared by the units of captions and headers (src/tables/units.ts) and by the caption
 * finder's unit phrases (src/layout/captions.ts), as regular expression sources.
 */
export const MILLIONS_SHORT = String.raw`\b(?:milj|mn)\.?\s*`;
export const BILLIONS_SHORT = String.raw`\b(?:mdr|mrd|md)\.?\s*`;
/** The currency words after them, kronor and euro apart (units.ts scales each in its own list). */
export const KRONOR_WORD = String.raw`(?:kronor|kr)\b`;
export const EURO_WORD = String.raw`(?:€|euro\b|eur\b)`;
const CURRENCY = `(?:${KRONOR_WORD}|${EURO_WORD})`;
/** Either, with its currency: the whole unit phrase. */
export const SHORT_SCALE_UNIT = String.raw`(?:${MILLIONS_SHORT}|${BILLIONS_SHORT})${CURRENCY}`;
