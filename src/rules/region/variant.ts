import type { DocumentRule, RuleFinding } from '../types.js';
import { isRegionTable } from '../support/region-table.js';
import { t } from '../../messages/index.js';
import { hasReplacementCharacter } from '../../regions/index.js';

/**
 * A region label read by edit distance ("Norrbottnen") is reported, so the reader sees which
 * region the figures were attributed to. Exact names and known variants ("Jönköpings län",
 * "Region Sörmland") are silent.
 */
export const regionVariant: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'region/variant',
    description: 'Regionnamn som tolkats trots felstavning',
    severity: 'info',
    docs:
      'In a region table (ten or more data rows naming regions), every label that was matched to a region by edit distance ' +
      'rather than by a known spelling is reported with the region it was read as and the distance; a label with letters lost ' +
      'in decoding (U+FFFD, "�rebro") is read as the one region whose spelling fits it and reported as such a reading. ' +
      'Correct the spelling in the source, or add the spelling to the region registry if it is an accepted variant.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      if (!isRegionTable(table)) continue;
      for (const row of table.rows) {
        const m = row.region;
        if (m === null || m.distance === 0) continue;
        out.push({
          // A letter lost in decoding ("�rebro") is a reading of what the letter was, and says so.
          message: hasReplacementCharacter(row.label)
            ? t('rule.region.variantReplaced', { label: row.label, region: m.name, lost: String(m.distance) })
            : t('rule.region.variant', { label: row.label, region: m.name, distance: String(m.distance) }),
          location: row.location,
        });
      }
    }
    return out;
  },
};
