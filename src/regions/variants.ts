import { REGION_ENTRIES, type RegionEntry } from './data.js';
import { normalizeLabel } from './normalize.js';

/**
 * Every exact spelling of a region the registry accepts, normalised, mapped to its code.
 * Built once so that a label costs one normalisation and one map lookup.
 */
function spellings(entry: RegionEntry): string[] {
  const out: string[] = [entry.name, ...entry.extra];
  for (const c of entry.cores) {
    out.push(c, `Region ${c}`, `Landstinget ${c}`, `Landstinget i ${c}`, `${c} län`, `Region ${c} län`);
    // The county administrative board names its county: "Länsstyrelsen Skåne", "Länsstyrelsen i Kalmar län".
    out.push(`Länsstyrelsen ${c}`, `Länsstyrelsen i ${c}`, `Länsstyrelsen i ${c} län`);
  }
  for (const g of entry.genitives) {
    out.push(
      `${g} län`,
      `Region ${g} län`,
      `Landstinget i ${g} län`,
      `Landstinget ${g} län`,
      `${g} läns landsting`,
      `${g} läns region`,
      `Länsstyrelsen i ${g} län`,
      `${g} läns länsstyrelse`,
      // A "Landsting/Region" column that leaves its noun to the header: "Stockholms läns", "Skåne läns".
      `${g} läns`,
    );
  }
  return out;
}

function buildExact(): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of REGION_ENTRIES) {
    for (const s of spellings(entry)) {
      const key = normalizeLabel(s);
      const had = map.get(key);
      if (had !== undefined && had !== entry.code) throw new Error(`region spelling "${s}" is ambiguous`);
      map.set(key, entry.code);
    }
  }
  return map;
}

export const EXACT: ReadonlyMap<string, string> = buildExact();

/** Strips diacritics: å, ä → a, ö → o, é → e. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** Exact spellings keyed without diacritics; a key two regions share is left out. */
function buildFolded(): Map<string, { code: string; spelling: string }> {
  const map = new Map<string, { code: string; spelling: string }>();
  const shared = new Set<string>();
  for (const [spelling, code] of EXACT) {
    const key = fold(spelling);
    const had = map.get(key);
    if (had !== undefined && had.code !== code) shared.add(key);
    else map.set(key, { code, spelling });
  }
  for (const key of shared) map.delete(key);
  return map;
}

export const FOLDED: ReadonlyMap<string, { code: string; spelling: string }> = buildFolded();

/** Names a misspelt core is compared with: cores and genitives, normalised. */
export interface FuzzyTarget {
  core: string;
  code: string;
  initial: string;
}

/** Folds diacritics so that "Orebro" and "Örebro" count as starting alike. */
export function foldInitial(s: string): string {
  return fold(s.charAt(0));
}

export const FUZZY_TARGETS: readonly FuzzyTarget[] = REGION_ENTRIES.flatMap((entry) =>
  [...new Set([...entry.cores, ...entry.genitives].map(normalizeLabel))].map((core) => ({
    core,
    code: entry.code,
    initial: foldInitial(core),
  })),
);
