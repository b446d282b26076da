import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A bare name beside the same county named in full is the municipality. Examples written here. */
const tablesOf = (text: string, file = 'case.md'): readonly Table[] => docOf({ file, text }).tables;
const regions = (t: Table): [string, string | null][] => t.rows.map((r) => [r.label, r.region?.code ?? null]);

describe('city and county in one table', () => {
  it('reads the bare name as the municipality when the county is named in full (GFM)', () => {
    const [t] = tablesOf(
      ['| Kommun | Invånare |', '|---|---:|', '| Uppsala | 240 000 |', '| Enköping | 46 000 |', '| Tierp | 21 000 |', '| Uppsala län | 307 000 |'].join('\n'),
    );
    expect(regions(t!)).toEqual([
      ['Uppsala', null],
      ['Enköping', null],
      ['Tierp', null],
      ['Uppsala län', '03'],
    ]);
  });

  it('reads "Region X" as the county and the bare X as the town (spaced text)', () => {
    const [t] = tablesOf(
      ['Besök per ort', '', 'Ort Besök Återbesök', 'Region Örebro 9 500 3 100', 'Örebro 6 000 2 000', 'Karlskoga 2 000 700', 'Kumla 1 500 400'].join('\n'),
      'case.txt',
    );
    expect(regions(t!)).toEqual([
      ['Region Örebro', '18'],
      ['Örebro', null],
      ['Karlskoga', null],
      ['Kumla', null],
    ]);
  });

  it('keeps bare county names as counties when no row names a county in full', () => {
    const [t] = tablesOf(['| Län | Bidrag |', '|---|---:|', '| Uppsala | 12 |', '| Örebro | 15 |', '| Kalmar | 9 |'].join('\n'));
    expect(regions(t!)).toEqual([
      ['Uppsala', '03'],
      ['Örebro', '18'],
      ['Kalmar', '08'],
    ]);
  });

  it('reads the nominative as the city where the counties stand in the genitive (spaced text, cities first)', () => {
    const [t] = tablesOf(
      ['Nya företag per län', '', 'Län 2021 2022', 'Hela riket 7 400 7 900', 'Stockholm 1 650 1 720', 'Göteborg 700 760', 'Stockholms 2 900 3 050', 'Uppsala 410 430', 'Jönköpings 380 395', 'Hallands 520 540', ''].join('\n'),
      'case.txt',
    );
    expect(regions(t!)).toEqual([
      ['Hela riket', null],
      ['Stockholm', null],
      ['Göteborg', null],
      ['Stockholms', '01'],
      ['Uppsala', '03'],
      ['Jönköpings', '06'],
      ['Hallands', '13'],
    ]);
  });

  it('reads the nominative as the city below the genitive county as well (GFM)', () => {
    const [t] = tablesOf(
      ['| Län | Bidrag |', '|---|---:|', '| Östergötlands | 120 |', '| Jönköpings | 95 |', '| Jönköping | 40 |', '| Kronobergs | 60 |', '| Kalmar | 55 |'].join('\n'),
    );
    expect(regions(t!)).toEqual([
      ['Östergötlands', '05'],
      ['Jönköpings', '06'],
      ['Jönköping', null],
      ['Kronobergs', '07'],
      ['Kalmar', '08'],
    ]);
  });

  it('keeps the nominative a county where the counties stand in the nominative', () => {
    const [t] = tablesOf(['| Län | Bidrag |', '|---|---:|', '| Stockholm | 300 |', '| Uppsala | 95 |', '| Jönköping | 40 |', '| Skåne | 160 |'].join('\n'));
    expect(regions(t!)).toEqual([
      ['Stockholm', '01'],
      ['Uppsala', '03'],
      ['Jönköping', '06'],
      ['Skåne', '12'],
    ]);
  });

  it('reads a bare name over parts of counties as the other division, not the county (GFM)', () => {
    // Landscapes split by county: "Värmland" is the landscape, "del av Värmlands län" part of the county.
    const [t] = tablesOf(
      [
        '| Landskap / län | Skogsmark, ha |',
        '|---|---:|',
        '| Värmland | 1 500 |',
        '| del av Värmlands län | 1 450 |',
        '| del av Västra Götalands län | 50 |',
        '| Dalsland | 300 |',
        '| del av Västra Götalands län | 290 |',
        '| del av Värmlands län | 10 |',
        '| Jämtland | 2 000 |',
        '| hela Jämtlands län | 2 000 |',
      ].join('\n'),
    );
    expect(regions(t!)).toEqual([
      ['Värmland', null],
      ['del av Värmlands län', null],
      ['del av Västra Götalands län', null],
      ['Dalsland', null],
      ['del av Västra Götalands län', null],
      ['del av Värmlands län', null],
      ['Jämtland', null],
      ['hela Jämtlands län', '23'],
    ]);
  });

  it('reads a bare name over a part written after it ("Dalarnas län, del av") the same way (aligned text)', () => {
    const [t] = tablesOf(
      [
        'Landskap                      Areal      Invånare',
        'Dalarna                       2 900        28 000',
        'Dalarnas län, del av          2 850        27 500',
        'Gävleborgs län, del av           50           500',
        'Hälsingland                   1 500        13 000',
        'Gävleborgs län, del av        1 500        13 000',
        'Uppsala                          10           100',
      ].join('\n'),
      'case.txt',
    );
    // "Uppsala" names no county split into parts here, so it stays the county.
    expect(regions(t!)).toEqual([
      ['Dalarna', null],
      ['Dalarnas län, del av', null],
      ['Gävleborgs län, del av', null],
      ['Hälsingland', null],
      ['Gävleborgs län, del av', null],
      ['Uppsala', '03'],
    ]);
  });
});
