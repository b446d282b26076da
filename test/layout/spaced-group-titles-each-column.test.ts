import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A single-spaced header of two lines: group titles over a line whose titles, a year and a title
 * of words ("Förändring, %"), begin again in every group. Each title heads one column of figures
 * and the label column has none, so a percent column is read as percent and not joined to the
 * next group's year. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const unitsOf = (t: Table) => t.columns.map((c) => c.unit);
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('spaced tables with group titles over titles that each head one column', () => {
  it('reads two groups of a year and a change in percent, group titles indented', () => {
    const text = [
      'Tabell 3. Intäkter i staten och kommunerna, miljoner kronor',
      '',
      '   Staten Kommunerna',
      '2020 Ändring, % 2020 Ändring, %',
      'Skatter 1 250 3,1 845 -2,4',
      'Avgifter 310 -0,5 122 4,0',
      'Bidrag 96 12,2 408 1,7',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Staten / 2020', 'Staten / Ändring, %', 'Kommunerna / 2020', 'Kommunerna / Ändring, %']);
    expect(unitsOf(t!)).toEqual(['SEK', 'percent', 'SEK', 'percent']);
    expect(rowsOf(t!)).toEqual([
      ['Skatter', '1250000000', '3.1', '845000000', '-2.4'],
      ['Avgifter', '310000000', '-0.5', '122000000', '4'],
      ['Bidrag', '96000000', '12.2', '408000000', '1.7'],
    ]);
  });

  it('reads three groups whose change titles have no comma, group titles not indented', () => {
    const text = [
      'Antal anställda i regionerna, antal',
      '',
      'Kvinnor Män Totalt',
      '2019 Förändring % 2019 Förändring % 2019 Förändring %',
      'Vård 2 400 1,5 900 -0,8 3 300 0,9',
      'Tandvård 310 2,0 120 4,3 430 2,6',
      'Kollektivtrafik 85 -1,2 160 0,6 245 0,0',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual([
      'Kvinnor / 2019',
      'Kvinnor / Förändring %',
      'Män / 2019',
      'Män / Förändring %',
      'Totalt / 2019',
      'Totalt / Förändring %',
    ]);
    expect(unitsOf(t!).filter((_, i) => i % 2 === 1)).toEqual(['percent', 'percent', 'percent']);
    expect(rowsOf(t!)[0]).toEqual(['Vård', '2400', '1.5', '900', '-0.8', '3300', '0.9']);
  });

  it('gives no groups to titles that do not begin again in each group', () => {
    const text = [
      'Kommuner Regioner',
      '2020 Andel, % 2021 Ändring, %',
      'Skatter 1 250 3,1 845 -2,4',
      'Avgifter 310 -0,5 122 4,0',
      'Bidrag 96 12,2 408 1,7',
      '',
    ].join('\n');
    const tables = tablesOf(text);
    for (const t of tables) expect(headersOf(t).some((h) => h.startsWith('Kommuner / '))).toBe(false);
  });
});
