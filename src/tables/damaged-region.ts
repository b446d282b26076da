import type { RegionMatch } from '../model/region.js';

/**
 * A page saved in one encoding and read in another loses its Å, Ä and Ö to U+FFFD ("�rebro",
 * "�stergötlands"). A label with one such character names a region when exactly one of the letters
 * it could have been gives a known name. The match is a reading, not the text: it keeps distance 1,
 * so it is reported as a variant and never counts as a known spelling.
 */
const REPLACEMENT = '\uFFFD';
const LETTERS = ['Å', 'Ä', 'Ö', 'å', 'ä', 'ö', 'É', 'é'];

export function damagedRegion(label: string, match: (label: string) => RegionMatch | null): RegionMatch | null {
  const at = label.indexOf(REPLACEMENT);
  if (at < 0 || label.indexOf(REPLACEMENT, at + 1) >= 0) return null;
  const codes = new Map<string, RegionMatch>();
  for (const letter of LETTERS) {
    const m = match(label.slice(0, at) + letter + label.slice(at + 1));
    if (m !== null && m.distance === 0) codes.set(m.code, m);
  }
  if (codes.size !== 1) return null;
  const m = [...codes.values()][0]!;
  return { ...m, variant: label, distance: 1 };
}
