import type { Row } from '../model/table.js';
import { matchRegion } from '../regions/index.js';

/**
 * A row naming a group of regions rather than one: a part of the country ("Norrland", "Södra
 * Sverige", "Övre Norrland"), the rest of it ("Riket i övrigt", "Övriga landet", "Resten av
 * Sverige") or a kind of county taken together ("Storstadslänen", "Storstadsområdena",
 * "Skogslänen"). Among the rows of single regions such a row aggregates some of them, so it is no
 * region and no addend of their total: it becomes a row of its own kind ('other'), as "varav"
 * rows are. A table of such areas only keeps them as its data rows (no region table, but their
 * own sums).
 */
const DIRECTION = '(?:norra|södra|mellersta|västra|östra|nordvästra|nordöstra|sydvästra|sydöstra|övre|nedre|inre|yttre)';
const COUNTRY = '(?:sverige|landet|riket|norrland|svealand|götaland)';
const AREA_LABEL = new RegExp(
  `^(?:${[
    // The three lands, alone or by a direction: "Norrland", "Övre Norrland", "Södra Götaland".
    `(?:${DIRECTION}\\s+)?(?:norrland|svealand|götaland)`,
    // A direction of the country: "Södra Sverige", "Mellersta landet".
    `${DIRECTION}\\s+(?:sverige|landet|riket)`,
    // The rest of the country: "Riket i övrigt", "Övriga landet", "Resten av Sverige".
    `${COUNTRY}\\s+i\\s+övrigt`,
    `(?:övriga|resten\\s+av)\\s+${COUNTRY}`,
    // A kind of county or area taken together, in the definite plural: "Storstadslänen", "Skogsregionerna", "Storstadsområdena".
    `\\p{L}+(?:länen|regionerna|områdena)`,
  ].map((p) => `(?:${p})`).join('|')})$`,
  'iu',
);

/** Whether a label names a group of regions (a landsdel, the rest of the country, a kind of county). */
export function isAreaGroupLabel(label: string): boolean {
  const t = label.trim().replace(/\s+/g, ' ').replace(/(?<![:*])[:*]+$/, '').trim();
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
  const areas = data.filter((r) => r.region === null && isAreaGroupLabel(r.label));
  if (areas.length === 0) return;
  const regions = data.filter((r) => r.region !== null).length;
  const others = data.length - areas.length;
  if (regions < MIN_REGIONS || regions < areas.length * 2 || regions * 2 < others) return;
  for (const r of areas) r.kind = 'other';
}
