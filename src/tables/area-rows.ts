import type { Row } from '../model/table.js';
import { matchRegion } from '../regions/index.js';

/**
 * A row naming a group of regions rather than one: a part of the country ("Norrland", "Södra
 * Sverige", "Övre Norrland") or a kind of county taken together ("Storstadslänen",
 * "Storstadsområdena", "Skogslänen"). The rest of the country ("Riket i övrigt", "Övriga landet")
 * is one only where the table names all 21 counties, so that the rest lies among them; beside some
 * counties it lies outside them and is an addend of their total, a data row that region/unknown
 * passes over. Among the rows of single regions such a row aggregates some of them, so it is no
 * region and no addend of their total: it becomes a row of its own kind ('other'), as "varav"
 * rows are. A table of such areas only keeps them as its data rows (no region table, but their
 * own sums).
 */
const DIRECTION = '(?:norra|södra|mellersta|västra|östra|nordvästra|nordöstra|sydvästra|sydöstra|övre|nedre|inre|yttre)';
const AREA_LABEL = new RegExp(
  `^(?:${[
    // The three lands, alone or by a direction: "Norrland", "Övre Norrland", "Södra Götaland".
    `(?:${DIRECTION}\\s+)?(?:norrland|svealand|götaland)`,
    // A direction of the country: "Södra Sverige", "Mellersta landet".
    `${DIRECTION}\\s+(?:sverige|landet|riket)`,
    // A kind of county or area taken together, in the definite plural: "Storstadslänen", "Skogsregionerna", "Storstadsområdena".
    `\\p{L}+(?:länen|regionerna|områdena)`,
  ].map((p) => `(?:${p})`).join('|')})$`,
  'iu',
);

/** The rest of the country beside the regions named: "Riket i övrigt", "Övriga landet", "Resten av Sverige". */
const REST_LABEL = /^(?:(?:riket|landet|sverige) i övrigt|(?:övriga|resten av) (?:riket|landet|sverige))$/iu;

/** A label with its spaces made single and a closing colon or star off ("Norrland:"). */
const cleaned = (label: string): string => label.trim().replace(/\s+/g, ' ').replace(/(?<![:*])[:*]+$/, '').trim();

export function isRestOfCountryLabel(label: string): boolean {
  return REST_LABEL.test(cleaned(label));
}

/** Whether a label names a group of regions (a landsdel, a kind of county). */
export function isAreaGroupLabel(label: string): boolean {
  const t = cleaned(label);
  // A county named by a direction and a land ("Västra Götaland") is one region.
  return AREA_LABEL.test(t) && matchRegion(t) === null;
}

/** Regions a table must name to be read as one of regions with a few groups among them. */
const MIN_REGIONS = 3;

/**
 * Among rows naming regions, rows naming groups of them become aggregate rows ('other'), no
 * region. Only where the regions are most of the other rows and at least twice as many as the
 * groups: a table of areas (programme areas, one of them named like a county) keeps its rows.
 */
export function areaGroupRows(rows: Row[]): void {
  const data = rows.filter((r) => r.kind === 'data');
  // With all 21 counties named, the rest of the country is some of them too.
  const whole = new Set(data.map((r) => r.region?.code).filter((c) => c !== undefined)).size === 21;
  const areas = data.filter((r) => r.region === null && (isAreaGroupLabel(r.label) || (whole && isRestOfCountryLabel(r.label))));
  if (areas.length === 0) return;
  const regions = data.filter((r) => r.region !== null).length;
  const others = data.length - areas.length;
  if (regions < MIN_REGIONS || regions < areas.length * 2 || regions * 2 < others) return;
  for (const r of areas) r.kind = 'other';
}
