import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table pasted one cell a paragraph whose column titles are longer than a row label
 * (over 80 characters): the titles stay the header, so the unit they name goes with the figures.
 * Written in two wordings of our own.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const cells = (...xs: string[]): string => `${xs.join('\n\n')}\n`;

describe('a cell-per-line table under long column titles', () => {
  it('keeps "miljoner kronor" from a title of 95 characters', () => {
    const title = 'Föreslagen finansiering i miljoner kronor 2021–2025 (inklusive medel som medsökande lärosäte)';
    expect(title.length).toBeGreaterThan(80);
    const [t] = tablesOf(
      cells('Lärosäte', 'Antal ansökningar', title, 'Högskolan i Borås', '3', '12,5', 'Malmö universitet', '-', '40,0', 'Mittuniversitetet', '2', '7,5', 'Södertörns högskola', '1', '3,0'),
    );
    expect(t!.labelHeader).toBe('Lärosäte');
    expect(t!.columns.map((c) => [c.header, c.unit, c.scale])).toEqual([
      [['Antal ansökningar'], 'count', 1],
      [[title], 'SEK', 1000000],
    ]);
    expect(t!.rows.map((r) => [r.label, r.cells[1]!.value?.toFixed()])).toEqual([
      ['Högskolan i Borås', '12500000'],
      ['Malmö universitet', '40000000'],
      ['Mittuniversitetet', '7500000'],
      ['Södertörns högskola', '3000000'],
    ]);
  });

  it('keeps "tusental kronor" from a long title over a table of regions', () => {
    const title = 'Beviljade medel för regionalt utvecklingsarbete under programperioden, i tusental kronor';
    expect(title.length).toBeGreaterThan(80);
    const [t] = tablesOf(cells('Region', title, 'Region Jämtland Härjedalen', '4 500', 'Region Kalmar län', '3 200', 'Region Värmland', '5 100', 'Region Örebro län', '2 900'));
    expect(t!.columns.map((c) => [c.unit, c.scale])).toEqual([['SEK', 1000]]);
    expect(t!.rows.map((r) => r.cells[0]!.value?.toFixed())).toEqual(['4500000', '3200000', '5100000', '2900000']);
  });

  it('does not take a sentence of prose for a long title', () => {
    const text = cells(
      'Region',
      'Medlen fördelas efter befolkningsmängd och beslutas av regionstyrelsen varje år i mars.',
      'Region Jämtland Härjedalen',
      '4 500',
      'Region Kalmar län',
      '3 200',
      'Region Värmland',
      '5 100',
      'Region Örebro län',
      '2 900',
    );
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header)).not.toContainEqual(['Medlen fördelas efter befolkningsmängd och beslutas av regionstyrelsen varje år i mars.']);
  });
});

describe('three rows under column titles that name a money unit', () => {
  it('are a table when one of three titles or more names the unit', () => {
    const [t] = tablesOf(cells('Fond', 'Antal projekt', 'Beviljat i miljoner kronor', 'Regionalfonden', '12', '48,5', 'Socialfonden', '7', '21,0', 'Landsbygdsfonden', '4', '6,5'));
    expect(t!.columns.map((c) => [c.unit, c.scale])).toEqual([
      ['count', 1],
      ['SEK', 1000000],
    ]);
    expect(t!.rows.map((r) => [r.label, r.cells[1]!.value?.toFixed()])).toEqual([
      ['Regionalfonden', '48500000'],
      ['Socialfonden', '21000000'],
      ['Landsbygdsfonden', '6500000'],
    ]);
  });

  it('are a table under "Belopp (tkr)" in another layout, without blank lines', () => {
    const [t] = tablesOf(['Kommun', 'Ansökningar', 'Belopp (tkr)', 'Ljusdal', '2', '450', 'Hudiksvall', '3', '1 200', 'Nordanstig', '1', '300', ''].join('\n'));
    expect(t!.rows.map((r) => [r.label, r.cells[1]!.value?.toFixed()])).toEqual([
      ['Ljusdal', '450000'],
      ['Hudiksvall', '1200000'],
      ['Nordanstig', '300000'],
    ]);
  });

  it('are not a table under titles that name no unit', () => {
    expect(tablesOf(cells('Fond', 'Antal projekt', 'Antal deltagare', 'Regionalfonden', '12', '480', 'Socialfonden', '7', '210', 'Landsbygdsfonden', '4', '65'))).toEqual([]);
  });
});
