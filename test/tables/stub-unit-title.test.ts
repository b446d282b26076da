import { describe, expect, it } from 'vitest';
import { stubUnitTitle } from '../../src/tables/stub-unit-title.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A unit heading read into the first year's title ("Belopp, mkr 2018") is every column's unit.
 * Examples written here; values worked out by hand (base unit: kronor).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

describe('stub unit title', () => {
  it('gives the unit when the first title is a unit heading and a year, the others years', () => {
    expect(stubUnitTitle(['Belopp, mkr 2018', '2017', '2018', '2017'])).toEqual({ unit: 'SEK', scale: 1e6 });
    expect(stubUnitTitle(['Kommunen Belopp i tkr 2024', '2023'])).toEqual({ unit: 'SEK', scale: 1e3 });
  });
  it('gives none when another title names its own unit, the first names none, or ends in no year', () => {
    expect(stubUnitTitle(['Belopp, mkr 2018', 'Andel 2018'])).toBeNull();
    expect(stubUnitTitle(['Utfall 2018', '2017'])).toBeNull();
    expect(stubUnitTitle(['Budget tkr', 'Utfall tkr'])).toBeNull();
    expect(stubUnitTitle(['Belopp, mkr 2018'])).toBeNull();
  });
});

describe('a note pasted one cell a line under group titles and a unit heading', () => {
  it('scales every column of a municipality and group note in millions', () => {
    const cells = ['Not 3 Skatteintäkter', '', 'Kommunen', '', 'Koncernen', '', 'Belopp, mkr', '', '2024', '', '2023', '', '2024', '', '2023', '',
      'Preliminär skatt', '', '2 410', '', '2 305', '', '2 410', '', '2 305', '',
      'Slutavräkning', '', '-12', '', '8', '', '-12', '', '8', '',
      'Summa skatteintäkter', '', '2 398', '', '2 313', '', '2 398', '', '2 313', ''];
    const [t] = tablesOf(cells.join('\n'));
    expect(rowsOf(t!)).toEqual([
      ['Preliminär skatt', '2410000000', '2305000000', '2410000000', '2305000000'],
      ['Slutavräkning', '-12000000', '8000000', '-12000000', '8000000'],
      ['Summa skatteintäkter', '2398000000', '2313000000', '2398000000', '2313000000'],
    ]);
  });

  it('scales every column in thousands when the heading says "Belopp i tkr" and no group titles stand above', () => {
    const cells = ['Avgifter', 'Belopp i tkr', '2023', '2022', 'Barnomsorg', '14 250', '13 980', 'Äldreomsorg', '22 410', '21 705', 'Summa', '36 660', '35 685'];
    const [t] = tablesOf(cells.flatMap((c) => [c, '']).join('\n'));
    expect(rowsOf(t!)).toEqual([
      ['Barnomsorg', '14250000', '13980000'],
      ['Äldreomsorg', '22410000', '21705000'],
      ['Summa', '36660000', '35685000'],
    ]);
  });
});
