import type { Region } from '../model/region.js';

/**
 * What the registry knows about one region beyond its code and name.
 * `cores` are the short names a table may use ("Jönköping", "Sörmland"); `genitives` the
 * forms that stand before "län" or "läns landsting" when they differ from the core
 * ("Jönköpings län", but "Uppsala län").
 */
export interface RegionEntry extends Region {
  cores: readonly string[];
  genitives: readonly string[];
  /** Whole labels that no rule generates: older or unusual official names. */
  extra: readonly string[];
}

export const REGION_ENTRIES: readonly RegionEntry[] = [
  { code: '01', name: 'Region Stockholm', cores: ['Stockholm'], genitives: ['Stockholms'], extra: ['SLL'] },
  { code: '03', name: 'Region Uppsala', cores: ['Uppsala'], genitives: ['Uppsala'], extra: [] },
  {
    code: '04',
    name: 'Region Sörmland',
    cores: ['Sörmland', 'Södermanland'],
    genitives: ['Sörmlands', 'Södermanlands'],
    extra: [],
  },
  { code: '05', name: 'Region Östergötland', cores: ['Östergötland'], genitives: ['Östergötlands'], extra: [] },
  { code: '06', name: 'Region Jönköpings län', cores: ['Jönköping'], genitives: ['Jönköpings'], extra: [] },
  { code: '07', name: 'Region Kronoberg', cores: ['Kronoberg'], genitives: ['Kronobergs'], extra: [] },
  { code: '08', name: 'Region Kalmar län', cores: ['Kalmar'], genitives: ['Kalmar'], extra: [] },
  // Gotland is a municipality that carries the region's duties, hence "Gotlands kommun".
  {
    code: '09',
    name: 'Region Gotland',
    cores: ['Gotland'],
    genitives: ['Gotlands'],
    extra: ['Gotlands kommun', 'Gotland kommun', 'Kommunen Gotland'],
  },
  { code: '10', name: 'Region Blekinge', cores: ['Blekinge'], genitives: ['Blekinge'], extra: [] },
  { code: '12', name: 'Region Skåne', cores: ['Skåne'], genitives: ['Skåne', 'Skånes'], extra: [] },
  { code: '13', name: 'Region Halland', cores: ['Halland'], genitives: ['Hallands'], extra: [] },
  {
    code: '14',
    name: 'Västra Götalandsregionen',
    cores: ['Västra Götaland', 'Västra Götalandsregionen'],
    genitives: ['Västra Götalands'],
    extra: ['VGR'],
  },
  { code: '17', name: 'Region Värmland', cores: ['Värmland'], genitives: ['Värmlands'], extra: [] },
  { code: '18', name: 'Region Örebro län', cores: ['Örebro'], genitives: ['Örebro'], extra: [] },
  { code: '19', name: 'Region Västmanland', cores: ['Västmanland'], genitives: ['Västmanlands'], extra: [] },
  { code: '20', name: 'Region Dalarna', cores: ['Dalarna'], genitives: ['Dalarnas', 'Kopparbergs'], extra: [] },
  { code: '21', name: 'Region Gävleborg', cores: ['Gävleborg'], genitives: ['Gävleborgs'], extra: [] },
  { code: '22', name: 'Region Västernorrland', cores: ['Västernorrland'], genitives: ['Västernorrlands'], extra: [] },
  {
    code: '23',
    name: 'Region Jämtland Härjedalen',
    cores: ['Jämtland Härjedalen', 'Jämtland', 'Härjedalen'],
    genitives: ['Jämtlands'],
    extra: [],
  },
  { code: '24', name: 'Region Västerbotten', cores: ['Västerbotten'], genitives: ['Västerbottens'], extra: [] },
  { code: '25', name: 'Region Norrbotten', cores: ['Norrbotten'], genitives: ['Norrbottens'], extra: [] },
];
