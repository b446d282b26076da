import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { regionDuplicate } from '../../src/rules/region/duplicate.js';

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
});

describe('counties in the genitive beside municipalities', () => {
  const duplicates = (text: string, file: string) => findingsOf(regionDuplicate, [{ file, text }]);

  it('reads "Stockholm" above the counties as the municipality, "Stockholms" as the county (tab-separated)', () => {
    const text = [
      'Påbörjade lägenheter per region',
      '',
      'Region\t2015\t2016',
      'Stockholm\t3 200\t3 900',
      'Göteborg\t1 100\t1 250',
      'Stockholms\t6 700\t9 100',
      'Uppsala\t1 900\t2 200',
      'Södermanlands\t410\t460',
      'Östergötlands\t1 850\t1 300',
      'Jönköpings\t220\t195',
      '',
    ].join('\n');
    const [t] = tablesOf(text, 'case.txt');
    expect(regions(t!).slice(0, 3)).toEqual([
      ['Stockholm', null],
      ['Göteborg', null],
      ['Stockholms', '01'],
    ]);
    expect(duplicates(text, 'case.txt')).toEqual([]);
  });

  it('does so for "Jönköping" and "Jönköpings" in a GFM table of counties', () => {
    const text = [
      '| Län | Antal |',
      '|---|---:|',
      '| Jönköping | 310 |',
      '| Växjö | 250 |',
      '| Jönköpings | 1 020 |',
      '| Kronobergs | 640 |',
      '| Kalmar | 590 |',
      '| Blekinge | 300 |',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(regions(t!).slice(0, 4)).toEqual([
      ['Jönköping', null],
      ['Växjö', null],
      ['Jönköpings', '06'],
      ['Kronobergs', '07'],
    ]);
    expect(duplicates(text, 'case.md')).toEqual([]);
  });
});

