import { excludedRegions } from '../support/excluded-regions.js';
import { placeInCounty, REGIONS } from '../../regions/index.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { isRegionTable } from '../support/region-table.js';
import { t } from '../../messages/index.js';

/**
 * A region table that lists some regions but not all 21. A warning, not an error, whether or
 * not the table has a total row: a grant may go to fewer regions (one declined, one failed
 * the requirements), and a "Summa" row only sums what is listed. The finding lets the reader
 * confirm that the omission is intended; table/column-total checks the arithmetic.
 */
function list(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return t('list.and', { head: names.slice(0, -1).join(', '), last: names[names.length - 1]! });
}

export const regionMissing: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'region/missing',
    description: 'Regiontabell som saknar någon av de 21 regionerna',
    severity: 'warning',
    docs:
      'A region table (ten or more data rows naming regions) should list all 21 regions. The regions it lacks are named. ' +
      'A county listed in parts ("Norra Stockholms län", "Södra Stockholms län") counts as listed. ' +
      'Regions the document says it leaves out ("exkl. Gotland", "utom tre regioner" with their names) are not reported. ' +
      'Reported as a warning even when the table has a total row, since a grant may legitimately exclude a region; check that ' +
      'the omission is intended, or look for a misspelt label reported by region/unknown.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    // Regions the document itself says are left out ("exkl. Gotland") are not missing.
    const excluded = excludedRegions(doc.sentences.map((s) => s.text));
    for (const table of doc.tables) {
      if (!isRegionTable(table)) continue;
      const present = new Set(table.rows.filter((r) => r.kind === 'data' && r.region !== null).map((r) => r.region!.code));
      // A row naming two counties together ("Stockholms och Gotlands län") lists both.
      for (const r of table.rows) if (r.kind === 'data') for (const j of r.regions ?? []) present.add(j.code);
      // A county listed in parts ("Skåne läns norra", "Skåne läns södra") is listed, not missing.
      for (const r of table.rows) if (r.kind === 'data' && r.region === null && r.regions === undefined && placeInCounty(r.label)?.kind === 'county-part') present.add(placeInCounty(r.label)!.county);
      const missing = REGIONS.filter((r) => !present.has(r.code) && !excluded.has(r.code)).map((r) => r.name);
      if (missing.length === 0) continue;
      out.push({
        message: t('rule.region.missing', { present: String(present.size), missing: list(missing) }),
        location: table.location,
      });
    }
    return out;
  },
};
