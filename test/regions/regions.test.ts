import { describe, expect, it } from 'vitest';
import { REGIONS, isNamedTotalLabel, isTotalLabel, matchRegion, regionByCode } from '../../src/regions/index.js';

const NAMES: [string, string][] = [
  ['01', 'Region Stockholm'],
  ['03', 'Region Uppsala'],
  ['04', 'Region Sörmland'],
  ['05', 'Region Östergötland'],
  ['06', 'Region Jönköpings län'],
  ['07', 'Region Kronoberg'],
  ['08', 'Region Kalmar län'],
  ['09', 'Region Gotland'],
  ['10', 'Region Blekinge'],
  ['12', 'Region Skåne'],
  ['13', 'Region Halland'],
  ['14', 'Västra Götalandsregionen'],
  ['17', 'Region Värmland'],
  ['18', 'Region Örebro län'],
  ['19', 'Region Västmanland'],
  ['20', 'Region Dalarna'],
  ['21', 'Region Gävleborg'],
  ['22', 'Region Västernorrland'],
  ['23', 'Region Jämtland Härjedalen'],
  ['24', 'Region Västerbotten'],
  ['25', 'Region Norrbotten'],
];

describe('REGIONS', () => {
  it('lists the 21 regions in code order with their official names', () => {
    expect(REGIONS.map((r) => [r.code, r.name])).toEqual(NAMES);
  });

  it('finds a region by code', () => {
    expect(regionByCode('25')?.name).toBe('Region Norrbotten');
    expect(regionByCode('1')?.name).toBe('Region Stockholm');
    expect(regionByCode('02')).toBeUndefined();
    expect(regionByCode('11')).toBeUndefined();
  });

  it('matches every official name at distance 0', () => {
    for (const [code, name] of NAMES) {
      expect(matchRegion(name)).toEqual({ code, name, variant: name, distance: 0 });
    }
  });
});

/** Labels seen in seeds and in the government's pages, and older landsting names. */
const VARIANTS: [string, string][] = [
  // bare names (seed 001)
  ['Stockholm', '01'], ['Uppsala', '03'], ['Södermanland', '04'], ['Sörmland', '04'], ['Östergötland', '05'],
  ['Jönköping', '06'], ['Kronoberg', '07'], ['Kalmar', '08'], ['Gotland', '09'], ['Blekinge', '10'],
  ['Skåne', '12'], ['Halland', '13'], ['Västra Götaland', '14'], ['Värmland', '17'], ['Örebro', '18'],
  ['Västmanland', '19'], ['Dalarna', '20'], ['Gävleborg', '21'], ['Västernorrland', '22'], ['Jämtland', '23'],
  ['Härjedalen', '23'], ['Västerbotten', '24'], ['Norrbotten', '25'],
  // "Region X" (seed 004)
  ['Region Jönköping', '06'], ['Region Kalmar', '08'], ['Region Örebro', '18'], ['Region Jämtland', '23'],
  ['Region Södermanland', '04'], ['Region Västra Götaland', '14'],
  // "X län" / "Xs län"
  ['Stockholms län', '01'], ['Uppsala län', '03'], ['Södermanlands län', '04'], ['Östergötlands län', '05'],
  ['Jönköpings län', '06'], ['Kronobergs län', '07'], ['Kalmar län', '08'], ['Gotlands län', '09'],
  ['Blekinge län', '10'], ['Skåne län', '12'], ['Hallands län', '13'], ['Västra Götalands län', '14'],
  ['Värmlands län', '17'], ['Örebro län', '18'], ['Västmanlands län', '19'], ['Dalarnas län', '20'],
  ['Gävleborgs län', '21'], ['Västernorrlands län', '22'], ['Jämtlands län', '23'], ['Västerbottens län', '24'],
  ['Norrbottens län', '25'], ['Kopparbergs län', '20'],
  // special forms
  ['Jämtland Härjedalen', '23'], ['Jämtland-Härjedalen', '23'], ['Jämtland/Härjedalen', '23'],
  ['Jämtland – Härjedalen', '23'], ['Västra Götalandsregionen', '14'], ['VGR', '14'],
  ['Gotlands kommun', '09'], ['Region Gotland', '09'],
  // landsting names
  ['Stockholms läns landsting', '01'], ['Landstinget i Uppsala län', '03'], ['Landstinget Sörmland', '04'],
  ['Landstinget i Östergötland', '05'], ['Landstinget i Jönköpings län', '06'], ['Landstinget Kronoberg', '07'],
  ['Landstinget i Kalmar län', '08'], ['Landstinget Blekinge', '10'], ['Region Skåne', '12'],
  ['Landstinget Halland', '13'], ['Region Halland', '13'], ['Landstinget i Värmland', '17'],
  ['Örebro läns landsting', '18'], ['Landstinget Västmanland', '19'], ['Landstinget Dalarna', '20'],
  ['Landstinget Gävleborg', '21'], ['Landstinget Västernorrland', '22'], ['Jämtlands läns landsting', '23'],
  ['Västerbottens läns landsting', '24'], ['Norrbottens läns landsting', '25'], ['Skåne läns landsting', '12'],
  ['Landstinget i Södermanlands län', '04'], ['Västra Götalands läns landsting', '14'],
];

describe('matchRegion: variants', () => {
  it.each(VARIANTS)('%s → %s', (label, code) => {
    const m = matchRegion(label);
    expect(m).not.toBeNull();
    expect(m?.code).toBe(code);
    expect(m?.distance).toBe(0);
    expect(m?.variant).toBe(label);
  });

  it.each(VARIANTS)('%s in upper case, NFD and with markup', (label, code) => {
    for (const form of [
      label.toUpperCase(),
      label.toLowerCase(),
      label.normalize('NFD'),
      `  ${label}\t`,
      `${label}*`,
      `${label}1`,
      `${label} 2)`,
      `${label}¹`,
      `<b>${label}</b>`,
      `**${label}**`,
      `${label}:`,
      label.replace(/ /g, '\u00a0'),
    ]) {
      expect(matchRegion(form)?.code, form).toBe(code);
      expect(matchRegion(form)?.distance, form).toBe(0);
    }
  });

  it('reads a county administrative board as its county', () => {
    for (const [label, code] of [
      ['Länsstyrelsen Skåne', '12'],
      ['Länsstyrelsen i Kalmar län', '08'],
      ['Länsstyrelsen i Västerbotten', '24'],
      ['Östergötlands läns länsstyrelse', '05'],
    ] as const) {
      expect(matchRegion(label)?.code, label).toBe(code);
      expect(matchRegion(label)?.distance, label).toBe(0);
    }
  });

  it('reads a county genitive whose noun is left to the column header', () => {
    // "Landsting/Region" over rows "Stockholms läns", "Skåne läns": the landsting named without the word.
    for (const [label, code] of [
      ['Stockholms läns', '01'],
      ['Skåne läns', '12'],
      ['Västra Götalands läns', '14'],
      ['Kalmar läns', '08'],
      ['Jämtlands läns', '23'],
    ] as const) {
      expect(matchRegion(label)?.code, label).toBe(code);
      expect(matchRegion(label)?.distance, label).toBe(0);
    }
  });

  it('keeps the label as written in variant', () => {
    const nfd = 'Jönköpings län'.normalize('NFD');
    expect(matchRegion(nfd)?.variant).toBe(nfd);
    expect(matchRegion('<b>Skåne</b>')?.variant).toBe('<b>Skåne</b>');
  });
});

describe('matchRegion: letters lost in decoding (U+FFFD)', () => {
  it.each([
    ['\ufffdrebro', '18', 1],
    ['\ufffd\ufffdrebro län', '18', 1],
    ['Region \ufffdstergötland', '05', 1],
    ['J\ufffdmtlands län', '23', 1],
    ['G\ufffdvleborg', '21', 1],
    ['V\ufffdstra G\ufffdtaland', '14', 2],
  ] as const)('%s → %s, %d letter(s) lost', (label, code, lost) => {
    expect(matchRegion(label)).toMatchObject({ code, distance: lost });
  });

  it.each([
    // "V�stmanland" fits one region, "V�ster…" alone does not say which of three.
    'V\ufffdster',
    // Too few letters left to tell a region from a word.
    '\ufffd\ufffdl\ufffd',
    'Kommun \ufffdrebro',
    'Fr\ufffdga',
  ])('%s is no region', (label) => {
    expect(matchRegion(label)).toBeNull();
  });
});

describe('matchRegion: misspellings', () => {
  it.each([
    ['Norrbottnen', '25', 1], // seed 000
    ['Norrbottn', '25', 1], // seed 002
    ['Norbotten', '25', 1],
    ['Västerbotte', '24', 1],
    ['Östergötlnad', '05', 1],
    ['Gävelborg', '21', 1],
    ['Jönkönping', '06', 1],
    ['Upsala', '03', 1],
    ['Orebro', '18', 1],
    ['Skane', '12', 1],
    ['Region Norrbottnen', '25', 1],
    ['Västmanlnds län', '19', 1],
    ['Kronoberj', '07', 1],
    ['Västernorland', '22', 1],
    ['Dalarana', '20', 1],
    ['Stokholm', '01', 1],
    ['Stckholm', '01', 1],
    ['Stockhlom', '01', 1],
    ['Värmlnad', '17', 1],
    ['Sörmlnd', '04', 1],
  ] as const)('%s → %s at distance %d', (label, code, distance) => {
    expect(matchRegion(label)).toMatchObject({ code, distance, variant: label });
  });

  it('refuses misspellings too far from any region', () => {
    expect(matchRegion('Norrbtn')).toBeNull(); // 3 edits
    expect(matchRegion('Skn')).toBeNull(); // too short to guess
    expect(matchRegion('Skåan')).toBeNull(); // 2 edits on a five-letter name
  });
});

describe('matchRegion: not regions', () => {
  it.each([
    'Summa', 'Totalt', 'Total', 'Riket', 'Hela riket', 'Kommun', 'Malmö', 'Göteborg', 'Sverige', 'Region',
    'Regioner', 'Regionerna', 'SKR', 'Län', 'Landstinget', 'Uppsala kommun', 'Kalmar kommun', 'Örebro kommun',
    'Stockholms stad', 'Jönköpings kommun', 'Örebro universitet', 'Skåne-Blekinge', 'Norrland', 'Svealand',
    'Götaland', 'Norra Sverige', 'Holland', 'Dalarö', 'Uppland', 'Småland', 'Lappland', 'Öland', 'Island',
    'Finland', 'Gotlandsbolaget', 'Västerås', 'Östersund', 'Luleå', 'Umeå', 'Gävle', 'Karlstad', 'Växjö',
    'Halmstad', 'Visby', 'Falun', 'Härnösand', 'Sundsvall', 'Nyköping', 'Linköping', 'Norrköping',
    'Eskilstuna', 'Karlskrona', 'Kristianstad', 'Helsingborg', 'Lund', 'Borås', 'Trollhättan', 'Kiruna',
    'Skellefteå', 'Örnsköldsvik', 'Stockholm Nord', 'Region Stockholm och Gotland', 'Totalt (kronor)',
    'Befolkning', 'Bonuspott', 'Prestationskrav', 'Fördelade medel (kr)', '', '   ', '***', '<b></b>',
    'Kalix', 'Skara', 'Skanör', 'Hallstahammar', 'Gotlandstrafiken', 'Västerviks kommun', 'Halland och Skåne',
  ])('%s', (label) => {
    expect(matchRegion(label)).toBeNull();
  });
});

describe('isTotalLabel', () => {
  it.each([
    'Summa', 'SUMMA', 'summa:', 'Totalt', 'Total', 'Riket', 'Hela riket', 'Samtliga regioner', 'Sverige',
    'Summa totalt', 'Totalt (kronor)', 'Totalt (kr)', 'Summa, tkr', 'Totalt kronor', '<b>Totalt</b>',
    '**Totalt**', 'Totalt:', ' Riket ', 'Totalt (mnkr)', 'Totalsumma', 'Riket totalt', 'Alla regioner',
    '<strong>Summa</strong>:', 'Totalt\u00a0(kronor)', 'Totalt*', 'TOTALT', 'Summa (%)', 'Hela landet',
    'Sammanlagt', 'SAMMANLAGT:', 'Sammanlagt (tkr)', 'Summa sammanlagt', 'Sammanlagt belopp',
    'Hela länet', 'Länet totalt', 'Totalt länet', 'Summa länet', 'Totalt för länet',
  ])('%s is a total', (label) => {
    expect(isTotalLabel(label)).toBe(true);
  });

  it.each([
    'Stockholm', 'Region Skåne', 'Summering av uppdraget', 'Totalt antal invånare per region', 'Delsumma',
    'Befolkning', 'Region', '', 'Riksdagen', 'Total kostnad för projektet', 'Norrbottnen',
    'Sammanlagt anslag', 'Sammanlagt kommer omkring', 'Länet', 'Länets kommuner', 'Hela länets befolkning',
  ])('%s is not a total', (label) => {
    expect(isTotalLabel(label)).toBe(false);
  });
});

describe('isNamedTotalLabel', () => {
  it.each([
    'Totala inkomster', 'Totalt Sametinget,', 'Total kostnad för projektet', 'Sammanlagt anslag', 'TOTALA KOSTNADER',
    'Kostnader totalt', 'Bidrag sammanlagt', '**Totalt inklusive moms**', 'Totalt antal ärenden',
    'Samtliga a-kassor', 'Samtliga partier', 'Samtliga kommuner i länet',
    // "Medel" alone is funds, not a mean.
    'Totalt likvida medel', 'Totala utbetalda medel', 'Beviljade medel totalt',
    // A sentence closing a list: a total word, then what it does.
    'Tillsammans får mottagarna', 'Tillsammans fördelas', 'Sammantaget beviljas',
  ])('%s names a total', (label) => {
    expect(isNamedTotalLabel(label)).toBe(true);
  });

  it.each([
    // Plain totals are isTotalLabel's; means and figures per person are no sums.
    'Totalt', 'Summa', 'Riket totalt', 'Totalt antal invånare per region', 'Total omsättning per invånare', 'Totalt sett',
    'Totalt i genomsnitt', 'Totalförsvaret', 'Kostnader 2023 totalt 45', 'Stockholm', '',
    'Totalt medelvärde', 'Totalt medelantal anställda', 'Lön i medeltal totalt',
    // "Samtliga regioner" is a plain total; "Samtliga per invånare" a figure per person.
    'Samtliga regioner', 'Samtliga kommuner per invånare',
    // Together with someone is a part, not the whole.
    'Tillsammans med kommunerna', 'Tillsammans med Region Gotland',
  ])('%s does not', (label) => {
    expect(isNamedTotalLabel(label)).toBe(false);
  });
});

describe('matchRegion: names without diacritics', () => {
  it.each([
    ['Orebro', '18', 1],
    ['Gavleborgs lan', '21', 2],
    ['Vastra Gotalandsregionen', '14', 2],
    ['Jonkopings lan', '06', 3],
    ['Skane', '12', 1],
    ['Region Ostergotland', '05', 2],
  ] as const)('%s → %s at distance %d', (label, code, distance) => {
    expect(matchRegion(label)).toMatchObject({ code, distance });
  });
});

describe('matchRegion: ordinary words near a region name', () => {
  it.each([
    'delarna', 'dagarna', 'kallar', 'kallad', 'Kammar', 'värdland', 'hemland', 'uppslag', 'upplaga', 'domarnas',
    'hållande', 'Hollande', 'Götalands', 'Kronbergs', 'skänks', 'klarar', 'halvan',
  ])('%s', (w) => {
    expect(matchRegion(w)).toBeNull();
  });
});
