import { describe, expect, it } from 'vitest';
import { moneyUnit } from '../../src/tables/units.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A page's title and the unit set beside it, copied without a space between them
 * ("BalansräkningTKR"): the unit is still the table's.
 */
const valuesOf = (text: string) => docOf({ file: 'case.txt', text }).tables.map((t) => [t.unit, ...t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])]);

describe('a unit glued to the title before it', () => {
  it('finds the unit after a small letter, in capitals or capitalised', () => {
    expect(moneyUnit('ResultaträkningMnkr')).toEqual({ unit: 'SEK', scale: 1e6 });
    expect(moneyUnit('DriftredovisningTKR')).toEqual({ unit: 'SEK', scale: 1e3 });
    expect(moneyUnit('InvesteringarMdkr')).toEqual({ unit: 'SEK', scale: 1e9 });
  });

  it('finds none in a glued name with no unit word in it', () => {
    expect(moneyUnit('KalmarKronoberg')).toBeNull();
    expect(moneyUnit('SmålandKronobergs län')).toBeNull();
  });

  it('reads a table in millions under "ResultaträkningMnkr", columns set apart by single spaces', () => {
    const text = 'ResultaträkningMnkr Utfall 2023 Budget 2023\nVerksamhetens intäkter 310 295\nVerksamhetens kostnader -1 240 -1 225\nSkatteintäkter 1 020 1 015\nÅrets resultat 90 85\n';
    expect(valuesOf(text)).toEqual([
      ['SEK', ['Verksamhetens intäkter', '310000000', '295000000'], ['Verksamhetens kostnader', '-1240000000', '-1225000000'], ['Skatteintäkter', '1020000000', '1015000000'], ['Årets resultat', '90000000', '85000000']],
    ]);
  });

  it('reads a pipe table in thousands under "KassaflödesanalysTkr"', () => {
    const text = '| KassaflödesanalysTkr | 2022 | 2021 |\n|---|---|---|\n| Årets resultat | 12 400 | 9 800 |\n| Avskrivningar | 3 100 | 2 900 |\n| Kassaflöde från den löpande verksamheten | 15 500 | 12 700 |\n';
    expect(valuesOf(text)).toEqual([['SEK', ['Årets resultat', '12400000', '9800000'], ['Avskrivningar', '3100000', '2900000'], ['Kassaflöde från den löpande verksamheten', '15500000', '12700000']]]);
  });
});
