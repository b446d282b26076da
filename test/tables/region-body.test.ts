import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { countyNamedIn } from '../../src/tables/region-body.js';
import { docOf } from '../rules/rule-tester.js';

/** A county's body named among the regions of a table is that county's row. Examples written here. */
const tablesOf = (text: string, file = 'case.md'): readonly Table[] => docOf({ file, text }).tables;
const regions = (t: Table): [string, string | null][] => t.rows.map((r) => [r.label, r.region?.code ?? null]);

describe('a county named by its body in a table of regions', () => {
  it('reads a compound, a county traffic company and a body "i" the county as their counties (GFM)', () => {
    const [t] = tablesOf(
      [
        '| Kollektivtrafikmyndighet | Ersättning (kr) |',
        '|---|---:|',
        '| Region Uppsala | 1 200 000 |',
        '| Region Sörmland | 800 000 |',
        '| Region Östergötland | 1 500 000 |',
        '| Region Kalmar län | 700 000 |',
        '| Region Gotland | 100 000 |',
        '| Hallandstrafiken | 900 000 |',
        '| Kronobergs länstrafik | 600 000 |',
        '| Kollektivtrafiken i Blekinge | 400 000 |',
      ].join('\n'),
    );
    expect(regions(t!)).toEqual([
      ['Region Uppsala', '03'],
      ['Region Sörmland', '04'],
      ['Region Östergötland', '05'],
      ['Region Kalmar län', '08'],
      ['Region Gotland', '09'],
      ['Hallandstrafiken', '13'],
      ['Kronobergs länstrafik', '07'],
      ['Kollektivtrafiken i Blekinge', '10'],
    ]);
    expect(t!.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['1200000', '800000', '1500000', '700000', '100000', '900000', '600000', '400000']);
  });

  it('reads "Region X" with a department after it and a federation of the county (spaced text)', () => {
    const [t] = tablesOf(
      [
        'Resor per län',
        '',
        'Huvudman Resor',
        'Stockholms län 3 100',
        'Västra Götalands län 2 400',
        'Skåne län 1 900',
        'Region Dalarna Trafikavdelningen 450',
        'Värmlands län 380',
        'Kommunalförbundet Västerbottens län 410',
        'Gävleborgs län 390',
      ].join('\n'),
      'case.txt',
    );
    expect(regions(t!)).toEqual([
      ['Stockholms län', '01'],
      ['Västra Götalands län', '14'],
      ['Skåne län', '12'],
      ['Region Dalarna Trafikavdelningen', '20'],
      ['Värmlands län', '17'],
      ['Kommunalförbundet Västerbottens län', '24'],
      ['Gävleborgs län', '21'],
    ]);
  });

  it('leaves a county another row holds, a university and a municipality beside the county unread as regions', () => {
    const [t] = tablesOf(
      [
        '| Mottagare | Belopp (kr) |',
        '|---|---:|',
        '| Region Stockholm | 500 |',
        '| Region Skåne | 400 |',
        '| Region Halland | 300 |',
        '| Region Jönköpings län | 200 |',
        '| Region Dalarna | 100 |',
        '| Skånetrafiken | 90 |',
        '| Uppsala universitet | 80 |',
        '| Region Kalmar Mörbylånga | 70 |',
        '| Västernorrlands kommuner | 60 |',
      ].join('\n'),
    );
    expect(regions(t!).slice(5)).toEqual([
      ['Skånetrafiken', null],
      ['Uppsala universitet', null],
      ['Region Kalmar Mörbylånga', null],
      ['Västernorrlands kommuner', null],
    ]);
  });

  it('reads no county from a body outside a table of regions', () => {
    const [t] = tablesOf(
      ['| Operatör | Resor |', '|---|---:|', '| Region Skåne | 900 |', '| SJ | 800 |', '| Arriva | 700 |', '| Hallandstrafiken | 600 |', '| Keolis | 500 |'].join('\n'),
    );
    expect(regions(t!).map(([, c]) => c)).toEqual(['12', null, null, null, null]);
  });

  it('finds one county in a label, or none when two or none are named', () => {
    expect(countyNamedIn('Din Tur Kollektivtrafik i Västernorrland')).toBe('22');
    expect(countyNamedIn('Region Stockholm Trafikförvaltningen')).toBe('01');
    expect(countyNamedIn('Norrbottens länstrafik')).toBe('25');
    expect(countyNamedIn('Trafik i Skåne och Halland')).toBeNull();
    expect(countyNamedIn('Uppsala Lokaltrafik')).toBeNull();
    expect(countyNamedIn('Stockholms stad')).toBeNull();
    expect(countyNamedIn('Halland och Norrland')).toBeNull();
    expect(countyNamedIn('Kronobergs län <')).toBeNull();
    expect(countyNamedIn('Hallandstrafiken #')).toBeNull();
  });
});
