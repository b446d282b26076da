import type { Row } from '../model/table.js';
import type { RegionMatch } from '../model/region.js';
import { REGION_ENTRIES } from '../regions/data.js';
import { matchMunicipality } from '../regions/municipalities.js';
import { matchRegion, normalizeLabel } from '../regions/index.js';

/**
 * A table of regions often lists, for some counties, the body that does the table's work there
 * rather than the region by name: "Jönköpings länstrafik", "Region Värmland Kollektivtrafik",
 * "Kollektivtrafik i Västernorrland", "Skånetrafiken", "Kommunalförbundet Norrbottens län". Such a
 * label names one county among other words. In a table whose rows are mostly regions, a row
 * that names exactly one county, which no other row holds, is that county's row. A label that
 * also names a municipality, another county, or a part of the county ("varav", "norra") stays
 * no region, as does any label outside a table of regions.
 */

const MIN_REGION_ROWS = 5;
const MAX_SPAN = 3;
const MAX_LABEL = 80;
// Shorter compound tails ("-bo", "-hem") make town companies and words, not bodies of the county.
const MIN_TAIL = 5;

/** Words that make the row a municipality's, a part of a county's or more than one county's. */
const NOT_THE_COUNTY = new Set([
  'kommun', 'kommunen', 'kommuns', 'kommuner', 'kommunerna', 'stad', 'staden', 'stads', 'del', 'delen', 'delar', 'varav', 'därav', 'övriga',
  'övrigt', 'exkl', 'exklusive', 'utom', 'norra', 'södra', 'östra', 'västra', 'mellersta',
  // "Halland och Norrland": a row that joins the county with more covers more than the county.
  'och', 'samt', '&', '+',
]);

/** Bodies that are no county's, whatever county they are in: universities, companies, foundations, associations, courts. */
const OTHER_BODY = /^(?:ab|aktiebolag(?:et)?|stiftelsen?|föreningen?|domstol(?:en)?|tingsrätt(?:en)?|polisen?|kyrkan?|stift)$|universitet|högskola|högskolan/;

const LETTERS = /^\p{L}[\p{L}.\-–]*$/u;

/** Region cores that are no municipality's name, normalised: only these may open a compound ("Skånetrafiken"). */
const COMPOUND_CORES: readonly { core: string; code: string }[] = REGION_ENTRIES.flatMap((e) =>
  e.cores
    .filter((c) => !c.includes(' ') && matchMunicipality(c) === null)
    .map((c) => ({ core: normalizeLabel(c), code: e.code })),
);

/** County genitives, normalised: "Jönköpings" before a word on "län" ("länstrafik", "länsbuss"). */
const GENITIVES = new Map<string, string>(REGION_ENTRIES.flatMap((e) => e.genitives.map((g) => [normalizeLabel(g), e.code] as [string, string])));

const exactCode = (text: string): string | null => {
  const m = matchRegion(text);
  return m !== null && m.distance === 0 ? m.code : null;
};

/** The one county a label names among other words, or null when it names none, two, or a municipality too. */
export function countyNamedIn(label: string): string | null {
  if (label.length > MAX_LABEL) return null;
  const words = normalizeLabel(label).split(/[\s,;:()]+/).filter((w) => w !== '');
  if (words.length < 2 && !COMPOUND_CORES.some((c) => words[0]?.startsWith(c.core))) return null;
  if (words.some((w) => NOT_THE_COUNTY.has(w) || OTHER_BODY.test(w))) return null;
  // A sign or figure among the words ("Kronobergs län <", the rest of "<5") is a cell misread into the label, not a name.
  if (!words.every((w) => LETTERS.test(w))) return null;
  const codes = new Set<string>();
  const covered = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= MAX_SPAN && i + n <= words.length; n++) {
      const span = words.slice(i, i + n).join(' ');
      // A core that is also a town's name ("Uppsala universitet") names the county only with its noun ("Region Uppsala", "Uppsala län").
      if (n === 1 && matchMunicipality(span) !== null) continue;
      const code = exactCode(span);
      if (code === null) continue;
      codes.add(code);
      for (let k = i; k < i + n; k++) covered.add(k);
    }
    const w = words[i]!;
    const genitive = GENITIVES.get(w);
    if (genitive !== undefined && words[i + 1]?.startsWith('län')) {
      codes.add(genitive);
      covered.add(i);
    }
    for (const c of COMPOUND_CORES) {
      if (w.length - c.core.length >= MIN_TAIL && w.startsWith(c.core)) {
        codes.add(c.code);
        covered.add(i);
      }
    }
  }
  if (codes.size !== 1) return null;
  // "Region Uppsala Enköping": a municipality beside the county is the municipality's row.
  if (words.some((w, i) => !covered.has(i) && w.length > 2 && matchMunicipality(w) !== null)) return null;
  return [...codes][0]!;
}

export function regionBodies(rows: Row[]): void {
  const data = rows.filter((r) => r.kind === 'data');
  const named = data.filter((r) => r.region !== null || r.regions !== undefined);
  if (named.length < MIN_REGION_ROWS || named.length * 2 <= data.length) return;
  const held = new Set(named.flatMap((r) => (r.region !== null ? [r.region.code] : (r.regions ?? []).map((m) => m.code))));
  const found = new Map<string, Row[]>();
  for (const row of data) {
    if (row.region !== null || row.regions !== undefined || row.county !== undefined) continue;
    const code = countyNamedIn(row.label);
    if (code === null || held.has(code)) continue;
    found.set(code, [...(found.get(code) ?? []), row]);
  }
  for (const [code, [row, ...more]] of found) {
    // Two rows naming the same county: which of them is its row, the labels do not say.
    if (row === undefined || more.length > 0) continue;
    const region = REGION_ENTRIES.find((e) => e.code === code)!;
    const match: RegionMatch = { code, name: region.name, variant: row.label, distance: 0 };
    row.region = match;
  }
}
