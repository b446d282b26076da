import { COUNTY_LETTERS } from './county-letters.js';
import { matchMunicipality } from './municipalities.js';
import { normalizeLabel } from './normalize.js';

/**
 * A region's name with a qualifier that says which of its bodies or duties a row is about:
 * "Stockholm (länsstyrelse)", "Region Stockholm (hälso- och sjukvård)", "Skåne, region",
 * "Kalmar län, länsstyrelsen", "Stockholms län (AB)" (its county letter). The row is the region's, as "Länsstyrelsen i Kalmar län" is,
 * unless the qualifier names another body ("Stockholm (stad)", "Uppsala, kommun", "Skåne
 * (Malmö)"), a part of the county ("Kalmar län (norra)", "del av …") or a part of a sum
 * ("varav", "övriga"). Returns the name before the qualifier, or null when there is none to
 * read by.
 */
const MAX_LABEL = 80;
/** "Name (qualifier)": one pair of parentheses, closing the label. */
const PARENS = /^([^(),]+?)\s?\(([^()]+)\)$/;
/** "Name, qualifier": one comma. */
const COMMA = /^([^(),]+),\s?([^(),]+)$/;

/**
 * Words of a qualifier that make the row something other than the whole region: other bodies
 * (municipalities, universities, companies …), parts of the county, and parts or remainders
 * of a sum. A stem of five letters or more is looked for inside each word of the qualifier, so
 * that inflections and compounds count ("kommunen", "rederibolaget"); a shorter one must be the word.
 */
const OTHER_BODY_STEMS = [
  'kommun', 'stad', 'staden', 'stads', 'city', 'universitet', 'högskola', 'bolag', 'aktiebolag', 'ab', 'stiftelse',
  'förening', 'förbund', 'kommunalförbund', 'samordningsförbund', 'församling', 'stift', 'domstol', 'tingsrätt',
  'polis', 'myndighet', 'hamn', 'hamnen', 'flygplats', 'kyrka', 'skr',
];
const PART_WORDS = new Set([
  'del', 'delen', 'delar', 'delvis', 'norra', 'södra', 'östra', 'västra', 'nordöstra', 'nordvästra', 'sydöstra',
  'sydvästra', 'mellersta', 'inre', 'yttre', 'varav', 'därav', 'övriga', 'övrigt', 'utom', 'exkl', 'exklusive',
  'ej', 'inte', 'utan', 'totalt', 'summa', 'hela',
]);
const YEAR = /^(?:19|20)\d\d(?:\s?[-–]\s?(?:19|20)?\d\d)?$/;

/** "Göteborgsregionen", "Stockholmsregionen": a compound on "region" names an area or a body of municipalities, not the region. */
const COMPOUND_REGION = /.(?:region|regionen)$/;

function namesOtherBody(words: readonly string[]): boolean {
  return words.some(
    (w) => PART_WORDS.has(w) || COMPOUND_REGION.test(w) || OTHER_BODY_STEMS.some((s) => w === s || (s.length >= 5 && w.includes(s))),
  );
}

/**
 * The name part of a qualified label, with the test its qualifier must pass: the qualifier names
 * the same region again ("Halland (Region Halland)") or no other body, no part of the county,
 * no municipality and no other region. `regionOf` gives the code of the region a text names
 * exactly, or null (the caller's, so that this file knows no spellings).
 */
export function qualifiedName(label: string, regionOf: (text: string) => string | null): string | null {
  if (label.length > MAX_LABEL || !(label.includes('(') || label.includes(','))) return null;
  const m = PARENS.exec(label.trim()) ?? COMMA.exec(label.trim());
  if (!m) return null;
  const name = m[1]!.trim();
  const qualifier = m[2]!.trim();
  if (name === '' || qualifier === '') return null;
  const code = regionOf(name);
  if (code === null) return null;
  const named = regionOf(qualifier);
  if (named !== null) return named === code ? name : null;
  // The county's own letter ("Stockholms län (AB)", "Norrbottens län (BD)"), in capitals: "(ab)" is a company.
  if (Object.hasOwn(COUNTY_LETTERS, qualifier)) return COUNTY_LETTERS[qualifier] === code ? name : null;
  const key = normalizeLabel(qualifier);
  // A year ("Skåne (2024)") is a note on the row, not a body; any other figure may be a count or a code.
  if (/\d/.test(key)) return YEAR.test(key) ? name : null;
  const words = key.split(/[\s\-–/.]+/).filter((w) => w !== '');
  if (words.length === 0 || namesOtherBody(words)) return null;
  // "Stockholm (Solna)", "Skåne, Malmö": a municipality; "Stockholm (Gotland och Uppsala)": other regions.
  if (matchMunicipality(qualifier) !== null) return null;
  if (words.some((w) => matchMunicipality(w) !== null || (regionOf(w) ?? code) !== code)) return null;
  return name;
}
