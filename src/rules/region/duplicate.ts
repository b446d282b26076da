import type { DocumentRule, RuleFinding } from '../types.js';
import { isRegionTable, sections } from '../support/region-table.js';
import { t } from '../../messages/index.js';
import { isQualifiedRegionLabel } from '../../regions/match.js';
import { matchMunicipality } from '../../regions/municipalities.js';
import { normalizeLabel } from '../../regions/normalize.js';
import { wrappedRegionName } from './wrapped-region-name.js';

/**
 * The same region twice within one section of a region table: its money would be counted
 * twice in any total. Sections (separated by total rows or value-less heading rows) may each
 * list the regions once.
 */
export const regionDuplicate: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'region/duplicate',
    description: 'Samma region förekommer två gånger i en tabell',
    severity: 'error',
    docs:
      'In a region table, each region may appear once per section (a section ends at a total or subtotal row or at a row ' +
      'without values). A second row for the same region, under the same or another spelling, is reported at the second row, ' +
      'with the first as related location. Usually one of the two labels is a misspelling of a region that is missing. ' +
      'It is a warning when one label names the region only through a qualifier ("Stockholm (länsstyrelse)"), or when the ' +
      'labels differ, one is also a municipality\'s name ("Stockholm" beside "Stockholms län") and the table lists other ' +
      'municipalities too: the bare name may then be the city the county is named after; or when the two rows follow each other and their labels ' +
      'read as one name the region ("Jämtland" over "Härjedalen"): one label wrapped over two lines.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      if (!isRegionTable(table)) continue;
      const listsMunicipalities = table.rows.some((r) => r.kind === 'data' && r.region === null && matchMunicipality(r.label) !== null);
      for (const section of sections(table)) {
        const seen = new Map<string, (typeof section)[number]>();
        for (const row of section) {
          if (row.kind !== 'data' || row.region === null) continue;
          const first = seen.get(row.region.code);
          if (first === undefined) {
            seen.set(row.region.code, row);
            continue;
          }
          // "Stockholm (länsstyrelse)" beside "Region Stockholm" may be two bodies of one county: not a certain duplicate.
          const qualified = [first.label, row.label].find(isQualifiedRegionLabel);
          // "Stockholm" beside "Stockholms" (län) in a table that lists municipalities too ("Göteborg",
          // "Malmö"): written differently, the bare name may be the municipality the county is named after.
          const city = qualified || !listsMunicipalities ? undefined : municipalityBeside(first.label, row.label);
          // "Jämtland" over "Härjedalen": one name wrapped over two rows (wrapped-region-name.ts).
          const wrapped = qualified || city ? null : wrappedRegionName(section, first, row);
          const doubt = qualified ? t('doubt.qualifiedRegion', { label: qualified }) : city ? t('doubt.municipalityName', { label: city }) : wrapped ? t('doubt.wrappedRegionName', { label: wrapped }) : null;
          out.push({
            ...(doubt ? { severity: 'warning' as const } : {}),
            message: t('rule.region.duplicate', { region: row.region.name, first: first.label, second: row.label }) + (doubt ? t('sum.uncertain', { doubts: doubt }) : ''),
            location: row.location,
            related: [{ message: t('rule.region.duplicateFirst', { region: row.region.name }), location: first.location }],
          });
        }
      }
    }
    return out;
  },
};

/** Of two labels written differently, the one that names a municipality as well ("Stockholm", "Uppsala", "Kalmar"), or undefined. */
function municipalityBeside(a: string, b: string): string | undefined {
  if (normalizeLabel(a) === normalizeLabel(b)) return undefined;
  return [a, b].find((label) => matchMunicipality(label) !== null);
}
