import { isNamedTotalLabel, normalizeLabel, placeInCounty } from '../../regions/index.js';
import type { DocumentRule, RuleFinding } from '../types.js';
import { isRegionTable } from '../support/region-table.js';
import { t } from '../../messages/index.js';
import { AREA_KIND_HEADING } from '../../lexicon/phrases.js';
import { isRestOfCountryLabel } from '../../tables/area-rows.js';

/**
 * Rows that a region table may carry besides the regions: the state's and SKR's shares,
 * unallocated or common funds, municipalities as a group, all regions together ("Samtliga landsting"),
 * the rest of the country beside the regions named ("Riket i övrigt", area-rows.ts's isRestOfCountryLabel),
 * and what lies outside every region as statistics count it: abroad ("Utlandet", "Utlandssvenskar"),
 * not allocated by region ("Ej regionalt fördelat"), region not known ("Okänt län", "Uppgift saknas").
 * Anything else among regions is likely a misspelt or invented region.
 */
const OTHER =
  /^(?:övrig[at]?|övriga regioner|ej fördela[td]|ofördela[td]|ej (?:regionalt|länsvis|geografiskt) fördela[td]|utlandet|utomlands|utlandssvenskar|bosatta utomlands|okän[dt] (?:region|län|hemvist|hemlän)|uppgift saknas|gemensam[mt]?|gemensamma (?:medel|insatser)|reserv|nationell[at]?|nationella (?:insatser|medel)|centralt?|skr|sveriges kommuner och regioner|kommuner(?:na)?|staten|myndigheter|varav\b|därav\b|summa\b|totalt\b|medelvärde|genomsnitt|median|riksgenomsnitt|(?:samtliga|alla) (?:landsting|regioner|län|länsstyrelser)\b)/;

/** A heading over the counties themselves: their rows are regions. */
const COUNTY_KIND = /^(?:län|region|regioner|landsting)$/i;

export function isOtherLabel(label: string): boolean {
  return OTHER.test(normalizeLabel(label));
}

export const regionUnknown: DocumentRule = {
  scope: 'document',
  meta: {
    id: 'region/unknown',
    description: 'Rad i en regiontabell som inte är någon region',
    severity: 'warning',
    docs:
      'In a region table (ten or more data rows naming regions), a data row whose label is neither one of the 21 regions ' +
      '(under any known name or a close misspelling) nor a total or a recognised non-region row (Övrigt, SKR, Ej fördelat, ' +
      'Kommuner …) is reported. It usually is a misspelling too far from any region to be resolved, or a row that does not belong. ' +
      'A municipality ("Malmö kommun", "Göteborgs stad") or a part of a county named by a direction ("Norra Stockholms län", ' +
      '"Skåne läns södra") is a place within a county, not reported. ' +
      'Rows under a heading row that names another kind of area ("Produktionsområde", "Kommuner") are areas of that kind, not ' +
      'reported, up to the next heading.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const table of doc.tables) {
      if (!isRegionTable(table)) continue;
      // Under a heading that names another kind of area than the counties ("Produktionsområde", "Kommuner"),
      // the rows are areas of that kind, not misspelt regions; the next heading ends the section.
      let otherDivision = false;
      for (const row of table.rows) {
        if (row.kind === 'other' && row.cells.every((c) => c.value === null)) {
          const heading = row.label.trim();
          otherDivision = AREA_KIND_HEADING.test(heading) && !COUNTY_KIND.test(heading);
          continue;
        }
        if (otherDivision) continue;
        if (row.kind !== 'data' || row.region !== null || row.regions !== undefined || row.label.trim() === '' || isOtherLabel(row.label) || isRestOfCountryLabel(row.label)) continue;
        // A municipality or a part of a county ("Malmö kommun", "Norra Stockholms län") is a smaller area, not a misspelt region.
        if (placeInCounty(row.label) !== null) continue;
        // A row that names itself a total ("Sammanlagt blir det", "Tillsammans får mottagarna") is checked as one, not a region.
        if (isNamedTotalLabel(row.label)) continue;
        out.push({ message: t('rule.region.unknown', { label: row.label }), location: row.location });
      }
    }
    return out;
  },
};
