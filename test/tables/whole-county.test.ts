import { describe, expect, it } from 'vitest';
import { wholeCountyName } from '../../src/tables/whole-county.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** "hela X län" is county X; "del av X län" is not. Examples written here. */
const regions = (t: Table): [string, string | null][] => t.rows.map((r) => [r.label, r.region?.code ?? null]);

describe('the whole county', () => {
  it('reads the name after "hela"', () => {
    expect(wholeCountyName('hela Kalmar län')).toBe('Kalmar län');
    expect(wholeCountyName('Hela Uppsala län')).toBe('Uppsala län');
    expect(wholeCountyName('del av Kalmar län')).toBeNull();
  });

  it('gives "hela … län" its county and leaves parts and districts without (GFM)', () => {
    const text = [
      '| Område | Invånare |',
      '|---|---:|',
      '| Norra distriktet | 120 000 |',
      '| del av Kalmar län | 80 000 |',
      '| hela Kronobergs län | 40 000 |',
      '| Södra distriktet | 200 000 |',
      '| del av Skåne län | 150 000 |',
      '| hela Blekinge län | 50 000 |',
    ].join('\n');
    expect(regions(docOf({ file: 'case.md', text }).tables[0]!)).toEqual([
      ['Norra distriktet', null],
      ['del av Kalmar län', null],
      ['hela Kronobergs län', '07'],
      ['Södra distriktet', null],
      ['del av Skåne län', null],
      ['hela Blekinge län', '10'],
    ]);
  });

  it('reads it in a spaced table too, the bare name beside it being another division', () => {
    const text = ['Invånare per område', '', 'Område Kvinnor Män', 'Gotland 30 100 29 900', 'hela Gotlands län 30 100 29 900', 'Öland 12 900 12 950', 'del av Kalmar län 12 900 12 950'].join('\n');
    expect(regions(docOf({ file: 'case.txt', text }).tables[0]!)).toEqual([
      ['Gotland', null],
      ['hela Gotlands län', '09'],
      ['Öland', null],
      ['del av Kalmar län', null],
    ]);
  });
});
