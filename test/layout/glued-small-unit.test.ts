import { describe, expect, it } from 'vitest';
import { unglueSmallUnit } from '../../src/layout/glued-small-unit.js';
import { moneyUnit } from '../../src/tables/units.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A caption and a unit in small letters copied without a space ("Balansräkningtkr"): the unit
 * is still the table's. Examples written here in three layouts; expected values read off them.
 */
const valuesOf = (text: string) =>
  docOf({ file: 'case.txt', text }).tables.map((t) => [t.unit, ...t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])]);

describe('a unit in small letters glued to the title before it', () => {
  it('sets the abbreviation apart after a word, and only at the word\'s end', () => {
    expect(unglueSmallUnit('Resultaträkningmnkr')).toBe('Resultaträkning mnkr');
    expect(unglueSmallUnit('Balansräkningtkr')).toBe('Balansräkning tkr');
    expect(unglueSmallUnit('Driftredovisning, nämndermkr')).toBe('Driftredovisning, nämnder mkr');
    // No unit at the end of the word, or a word too short to be a title: left alone.
    expect(unglueSmallUnit('tkrkostnad')).toBe('tkrkostnad');
    expect(unglueSmallUnit('Utfall 2022')).toBe('Utfall 2022');
    expect(unglueSmallUnit('mkr')).toBe('mkr');
    expect(moneyUnit('Balansräkningtkr')).toEqual({ unit: 'SEK', scale: 1e3 });
    expect(moneyUnit('Kassaflödesanalysmnkr')).toEqual({ unit: 'SEK', scale: 1e6 });
  });

  it('reads a table pasted one cell a line in millions under "Resultaträkningmnkr"', () => {
    const text = [
      'Resultaträkningmnkr',
      '',
      'Not',
      '',
      '2022',
      '',
      '2021',
      '',
      'Verksamhetens intäkter',
      '',
      '1',
      '',
      '412,5',
      '',
      '398,0',
      '',
      'Verksamhetens kostnader',
      '',
      '2',
      '',
      '-1 650,2',
      '',
      '-1 590,4',
      '',
      'Skatteintäkter',
      '',
      '3',
      '',
      '1 290,0',
      '',
      '1 240,8',
      '',
      'Årets resultat',
      '',
      '',
      '52,3',
      '',
      '48,4',
      '',
    ].join('\n');
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(t!.unit).toBe('SEK');
    expect(t!.rows.map((r) => [r.label, ...r.cells.slice(-2).map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Verksamhetens intäkter', '412500000', '398000000'],
      ['Verksamhetens kostnader', '-1650200000', '-1590400000'],
      ['Skatteintäkter', '1290000000', '1240800000'],
      ['Årets resultat', '52300000', '48400000'],
    ]);
  });

  it('reads a spaced table in thousands under "Balansräkningtkr" on a line of its own', () => {
    const text = [
      'Balansräkningtkr',
      '                                  2022       2021',
      'Anläggningstillgångar          184 500    176 200',
      'Omsättningstillgångar           42 300     39 900',
      'Summa tillgångar               226 800    216 100',
      '',
    ].join('\n');
    expect(valuesOf(text)).toEqual([
      ['SEK', ['Anläggningstillgångar', '184500000', '176200000'], ['Omsättningstillgångar', '42300000', '39900000'], ['Summa tillgångar', '226800000', '216100000']],
    ]);
  });
});
