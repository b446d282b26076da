import { describe, expect, it } from 'vitest';
import { statesUnit } from '../../src/layout/unit-section.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A row label that states a unit, under rows that state none, begins a part in that unit. Examples written here. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const read = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()))]);

describe('a part of a table in another unit', () => {
  it('knows a label that ends in a unit', () => {
    expect(statesUnit('Utbetalt belopp, tkr')).toBe(true);
    expect(statesUnit('Kostnad (mnkr)')).toBe(true);
    expect(statesUnit('Belopp i tusen kronor')).toBe(true);
    expect(statesUnit('Antal beslut')).toBe(false);
    expect(statesUnit('Kronobergs län')).toBe(false);
  });

  it('reads counts, then amounts in tkr under the same years', () => {
    const ts = tablesOf(
      [
        'Beslut och utbetalningar',
        '',
        'Ärende 2019 2020 2021',
        'Beviljade 1 204 1 310 1 402',
        'Avslag 310 295 288',
        'Utbetalt belopp, tkr 50 116 52 555 54 893',
        'Hyresbidrag 30 604 32 962 32 760',
        'Övriga bidrag 19 512 19 593 22 133',
      ].join('\n'),
    );
    expect(ts).toHaveLength(2);
    expect(read(ts[0]!)).toEqual([
      ['Beviljade', '1204', '1310', '1402'],
      ['Avslag', '310', '295', '288'],
    ]);
    expect(ts[1]!.caption).toBe('Utbetalt belopp, tkr');
    expect(read(ts[1]!)).toEqual([
      ['Utbetalt belopp, tkr', '50116000', '52555000', '54893000'],
      ['Hyresbidrag', '30604000', '32962000', '32760000'],
      ['Övriga bidrag', '19512000', '19593000', '22133000'],
    ]);
  });

  it('reads persons, then a part in (mnkr)', () => {
    const ts = tablesOf(
      [
        'Sysselsatta och lönesumma per sektor',
        '',
        'Sektor Kommun Region Stat',
        'Anställda 4 210 3 950 1 120',
        'Timanställda 610 540 95',
        'Lönesumma (mnkr) 2 405 2 610 780',
        'Sociala avgifter 760 820 245',
      ].join('\n'),
    );
    expect(ts.map((t) => t.caption)).toEqual([null, 'Lönesumma (mnkr)']);
    expect(read(ts[1]!)).toEqual([
      ['Lönesumma (mnkr)', '2405000000', '2610000000', '780000000'],
      ['Sociala avgifter', '760000000', '820000000', '245000000'],
    ]);
  });
});
