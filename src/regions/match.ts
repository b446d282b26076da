import type { Region, RegionMatch } from '../model/region.js';
import { questionMarksAsLost } from './question-mark-letters.js';
import { REGION_ENTRIES } from './data.js';
import { editDistance } from './distance.js';
import { NEAR_MISSES } from './near-misses.js';
import { normalizeLabel } from './normalize.js';
import { qualifiedName } from './qualified.js';
import { EXACT, FOLDED, FUZZY_TARGETS, fold, foldInitial } from './variants.js';

export const REGIONS: readonly Region[] = Object.freeze(
  REGION_ENTRIES.map(({ code, name }) => Object.freeze({ code, name })),
);

const BY_CODE = new Map(REGIONS.map((r) => [r.code, r]));

export function regionByCode(code: string): Region | undefined {
  return BY_CODE.get(code.trim().padStart(2, '0'));
}

// Words around a core that name the same region; stripped before a misspelling is looked for.
const PREFIX = /^(?:region(?:en)? |landstinget i |landstinget )/;
const SUFFIX = / (?:läns landsting|läns region|län)$/;
const LETTERS_ONLY = /^\p{L}+(?: \p{L}+)?$/u;
// Longer labels are sentences or descriptions, never a misspelt region.
const MAX_FUZZY_LENGTH = 32;
const MIN_FUZZY_LENGTH = 4;


function fuzzyCore(key: string): string {
  return key.replace(PREFIX, '').replace(SUFFIX, '');
}

// Two edits on a name of up to eight letters reach ordinary words ("kallad" for Kalmar,
// "uppslag" for Uppsala, "domarnas" for Dalarnas), so two are allowed only from nine on.
function allowed(a: string, b: string): number {
  return Math.min(a.length, b.length) <= 8 ? 1 : 2;
}

function closest(core: string): { code: string; distance: number } | null {
  if (core.length < MIN_FUZZY_LENGTH || core.length > MAX_FUZZY_LENGTH) return null;
  if (!LETTERS_ONLY.test(core) || NEAR_MISSES.has(core)) return null;
  return nearestRegion(core, allowed, foldInitial(core));
}

/**
 * The one region whose core spelling is nearest to `core`, within `maxFor(core, spelling)` edits
 * (and with the same folded initial, when one is given); null when none is near or two are
 * equally near.
 */
export function nearestRegion(core: string, maxFor: (core: string, spelling: string) => number, initial: string | null = null): { code: string; distance: number } | null {
  let best = Number.POSITIVE_INFINITY;
  const codes = new Set<string>();
  for (const t of FUZZY_TARGETS) {
    if (initial !== null && t.initial !== initial) continue;
    const max = maxFor(core, t.core);
    const d = editDistance(core, t.core, max);
    if (d > max) continue;
    if (d < best) {
      best = d;
      codes.clear();
    }
    if (d === best) codes.add(t.code);
  }
  if (codes.size !== 1) return null;
  const [code] = codes;
  return code === undefined ? null : { code, distance: best };
}

/** A name written without its diacritics ("Orebro", "Gavleborgs lan") is that name, however many letters differ. */
function folded(key: string): { code: string; distance: number } | null {
  const hit = FOLDED.get(fold(key));
  if (hit === undefined) return null;
  return { code: hit.code, distance: editDistance(key, hit.spelling) };
}

const REPLACEMENT = '\ufffd';
// A run of replacement characters is one letter the text lost in decoding (one or two bytes of "Ö").
const REPLACEMENT_RUN = /\ufffd+/g;
// Fewer known letters than this could fit too many ordinary words.
const MIN_KNOWN = 4;

/** Whether a spelling fits a pattern whose replacement characters each stand for one letter. */
function fitsReplaced(pattern: string, spelling: string): boolean {
  if (pattern.length !== spelling.length) return false;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === spelling[i]) continue;
    if (pattern[i] !== REPLACEMENT || !/\p{L}/u.test(spelling[i]!)) return false;
  }
  return true;
}

/**
 * "�rebro", "�stergötlands län": a name whose letter the text lost in decoding (U+FFFD) is the
 * region whose spelling fits it, when exactly one region's does. The distance counts the lost
 * letters, so the match is reported as a reading, never taken as a known spelling.
 */
function replaced(key: string): { code: string; distance: number } | null {
  if (!key.includes(REPLACEMENT)) return null;
  const pattern = key.replace(REPLACEMENT_RUN, REPLACEMENT);
  const lost = pattern.split(REPLACEMENT).length - 1;
  if (pattern.length - lost < MIN_KNOWN) return null;
  const codes = new Set<string>();
  for (const [spelling, code] of EXACT) if (fitsReplaced(pattern, spelling)) codes.add(code);
  for (const t of FUZZY_TARGETS) if (fitsReplaced(fuzzyCore(pattern), t.core)) codes.add(t.code);
  if (codes.size !== 1) return null;
  const [code] = codes;
  return code === undefined ? null : { code, distance: lost };
}

// No key that can match is longer than this: an exact spelling, or a wrapped core (checked up to MAX_FUZZY_LENGTH + 20).
const LONGEST_KEY = Math.max(MAX_FUZZY_LENGTH + 20, ...[...EXACT.keys()].map((k) => k.length));

/**
 * A label with more letters than any key that can match: normalising only ever removes letters
 * inside markup (tags, entities), so without markup such a label is no region, and the costly
 * normalisation of a whole sentence (layout asks about every line) is skipped.
 */
function tooLongForRegion(label: string): boolean {
  if (label.length <= LONGEST_KEY || label.includes('<') || label.includes('&')) return false;
  let letters = 0;
  for (const ch of label) if (LETTER.test(ch) && ++letters > LONGEST_KEY) return true;
  return false;
}
const LETTER = /\p{L}/u;

/** Whether a label lost letters in decoding (U+FFFD, or "?" for a letter: question-mark-letters.ts): its region match is a reading. */
export function hasReplacementCharacter(label: string): boolean {
  return label.includes(REPLACEMENT) || questionMarksAsLost(label) !== null;
}

/**
 * Recognises a table label as one of the 21 regions: exact spellings (current and older names,
 * "X län", "Region X", landsting names) at distance 0, else a single clearly closest misspelling.
 * Municipalities that share a region's name ("Uppsala kommun", "Kalmar kommun") are not regions;
 * Gotland is the exception, being both.
 */
export function matchRegion(label: string): RegionMatch | null {
  const plain = plainMatch(label);
  if (plain !== null) return plain;
  // "Stockholm (länsstyrelse)", "Skåne, region": a known name with a qualifier that names no other body (qualified.ts).
  const name = qualifiedName(label, exactCode);
  const m = name === null ? null : plainMatch(name);
  return m === null ? null : { ...m, variant: label };
}

/** A label matched only through its qualifier ("Stockholm (länsstyrelse)"): it may name another body of the county. */
export function isQualifiedRegionLabel(label: string): boolean {
  return plainMatch(label) === null && matchRegion(label) !== null;
}

function plainMatch(label: string): RegionMatch | null {
  if (tooLongForRegion(label)) return null;
  const key = normalizeLabel(label);
  if (key === '') return null;
  const exact = EXACT.get(key);
  let found: { code: string; distance: number } | null = exact === undefined ? null : { code: exact, distance: 0 };
  if (found === null && key.length <= MAX_FUZZY_LENGTH + 20) {
    const core = fuzzyCore(key);
    const coreCode = EXACT.get(core);
    // An unlisted wrapping of a known name ("Regionen Stockholm") is still that name.
    found = coreCode !== undefined ? { code: coreCode, distance: 0 } : (folded(key) ?? replaced(key) ?? replaced(questionMarksAsLost(key) ?? '') ?? closest(core));
  }
  if (found === null) return null;
  const region = BY_CODE.get(found.code);
  if (region === undefined) return null;
  return { code: region.code, name: region.name, variant: label, distance: found.distance };
}

/**
 * Whether the label is a region at distance 0 (an exact spelling, or a known name in an unlisted
 * wrapping): what `matchRegion(label)?.distance === 0` says, without looking for misspellings,
 * which layout asks about every short line of a page.
 */
export function isExactRegion(label: string): boolean {
  return exactCode(label) !== null || qualifiedName(label, exactCode) !== null;
}

/** The code of the region a text names exactly (a known spelling, no misspelling resolved), or null. */
function exactCode(label: string): string | null {
  if (tooLongForRegion(label)) return null;
  const key = normalizeLabel(label);
  if (key === '') return null;
  return EXACT.get(key) ?? (key.length <= MAX_FUZZY_LENGTH + 20 ? (EXACT.get(fuzzyCore(key)) ?? null) : null);
}
