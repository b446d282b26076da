import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { leftAlignedGroups } from '../../src/layout/left-aligned-groups.js';
import { docOf } from '../rules/rule-tester.js';

/** Space-aligned group titles set flush with the first of their columns; examples written for this test. */
const tableOf = (text: string): Table => docOf({ file: 'case.txt', text }).tables[0]!;
const headers = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const units = (t: Table) => t.columns.map((c) => c.unit);
const values = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('leftAlignedGroups', () => {
  const extents = [
    { from: 19, to: 24 },
    { from: 26, to: 36 },
    { from: 42, to: 46 },
    { from: 48, to: 58 },
  ];
  it('spans each title flush with a column over the columns up to the next title', () => {
    expect(leftAlignedGroups([18, 40], extents, ['2020', 'Ändring, %', '2020', 'Ändring, %'])).toEqual([
      { col: 0, span: 2 },
      { col: 2, span: 2 },
    ]);
  });
  it('gives no groups to titles set in from their columns (centred), or over titles that do not repeat', () => {
    expect(leftAlignedGroups([22, 44], extents, ['2020', 'Ändring, %', '2020', 'Ändring, %'])).toBeNull();
    expect(leftAlignedGroups([18, 40], extents, ['2020', 'Ändring, %', '2021', 'Andel, %'])).toBeNull();
  });
});

describe('aligned tables under group titles flush with their first column', () => {
  it('gives each of two titles the change column after its year', () => {
    const t = tableOf(
      [
        'Tabell 2. Intäkter, miljoner kronor',
        '',
        '                    Staten              Kommuner',
        '                    2020  Ändring, %    2020  Ändring, %',
        'Skatter            1 200         3,1     800         2,2',
        'Avgifter             300        -0,5     120         4,0',
        'Bidrag               150         1,0     610        -3,2',
        '',
      ].join('\n'),
    );
    expect(headers(t)).toEqual(['Staten / 2020', 'Staten / Ändring, %', 'Kommuner / 2020', 'Kommuner / Ändring, %']);
    expect(units(t)).toEqual(['SEK', 'percent', 'SEK', 'percent']);
    expect(values(t)[0]).toEqual(['Skatter', '1200000000', '3.1', '800000000', '2.2']);
  });

  it('spans three titles over pairs whose change titles have no comma', () => {
    const t = tableOf(
      [
        'Anställda per sektor, antal',
        '',
        '                  Kvinnor                 Män                  Totalt',
        '                    2019  Förändring %      2019  Förändring %      2019  Förändring %',
        'Vård              2 400          1,5       900         -0,8     3 300          0,9',
        'Tandvård            310          2,0       120          4,3       430          2,6',
        'Trafik               85         -1,2       160          0,6       245          0,0',
        '',
      ].join('\n'),
    );
    expect(headers(t)).toEqual(['Kvinnor / 2019', 'Kvinnor / Förändring %', 'Män / 2019', 'Män / Förändring %', 'Totalt / 2019', 'Totalt / Förändring %']);
    expect(values(t)[1]).toEqual(['Tandvård', '310', '2', '120', '4.3', '430', '2.6']);
  });

  it('keeps titles centred over their pairs as they are read by centres', () => {
    const t = tableOf(
      [
        'Tabell 1. Kommunernas ekonomi, miljoner kronor',
        '',
        '                        Kommuner                 Regioner',
        '                    2017    Förändring, %     2017    Förändring, %',
        'Verksamhetsintäkter  7 180       2,1           1 020       -0,4',
        'Verksamhetskostnader 35 737     -2,1          13 503        8,6',
        'Skatteinkomster     22 424       2,0             845        1,2',
        '',
      ].join('\n'),
    );
    expect(headers(t)).toEqual(['Kommuner / 2017', 'Kommuner / Förändring, %', 'Regioner / 2017', 'Regioner / Förändring, %']);
  });
});
