import type { Row } from '../model/table.js';

/** A label naming a division of the country with the word "Region" first ("Region Nord", "Region Stockholm"). */
const REGION_WORD = /^region\s+\S/i;
/** Rows so named, at least, before their kind can be told from the others. */
const MIN_NAMED = 4;

/**
 * National agencies divide the country into regions of their own, named with the word "Region"
 * as the counties' councils are: the police's "Region Nord", "Region Mitt", "Region Stockholm",
 * "Region Öst", …, the Transport Administration's six. Among rows so named where most name no
 * county, the few that do ("Region Stockholm", which covers Gotland too) are the agency's regions
 * named after a county, not the county: their county is dropped. Where most such rows are
 * counties ("Region Skåne", "Region Halland", …), every one of them stays a county.
 */
export function namesakeRegions(rows: readonly Row[]): void {
  const named = rows.filter((r) => r.kind === 'data' && REGION_WORD.test(r.label.trim()));
  if (named.length < MIN_NAMED) return;
  const counties = named.filter((r) => r.region !== null);
  // At most a third of them counties: the rest set the kind of region the table lists.
  if (counties.length === 0 || counties.length * 3 > named.length) return;
  for (const r of counties) r.region = null;
}
