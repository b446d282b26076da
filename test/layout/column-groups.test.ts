import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Group titles over repeated year columns ("Koncernen" / "Moderbolaget" over 2023 2022 each).
 * Examples written here in two layouts (single spaces, aligned columns) and wordings.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const heads = (t: Table) => t.columns.map((c) => c.header.join(' / '));

describe('group titles over sets of year columns', () => {
  it('takes the titles out of the label header of a single-spaced table', () => {
    const text = [
      'Koncernen Moderbolaget',
      'Belopp i tkr 2023 2022 2023 2022',
      'Nettoomsättning 12 500 11 900 3 200 3 100',
      'Övriga intäkter 450 390 120 80',
      'Personalkostnader -6 200 -5 900 -1 800 -1 700',
      'Rörelseresultat 6 750 6 390 1 520 1 480',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(heads(t!)).toEqual(['Koncernen / 2023', 'Koncernen / 2022', 'Moderbolaget / 2023', 'Moderbolaget / 2022']);
    expect(t!.labelHeader).toBe('Belopp i tkr');
    expect(t!.rows[0]!.cells.map((c) => c.value?.toFixed())).toEqual(['12500000', '11900000', '3200000', '3100000']);
  });

  it('spreads titles that stand over one column each in aligned text', () => {
    const text = [
      'Mnkr                     Kommunen            Kommunkoncernen',
      '                         2023      2022      2023      2022',
      'Verksamhetens intäkter    412       398       820       790',
      'Skatteintäkter          1 210     1 168     1 210     1 168',
      'Årets resultat             29        15        45        30',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(heads(t!)).toEqual(['Kommunen / 2023', 'Kommunen / 2022', 'Kommunkoncernen / 2023', 'Kommunkoncernen / 2022']);
    expect(t!.rows.map((r) => r.label)).toEqual(['Verksamhetens intäkter', 'Skatteintäkter', 'Årets resultat']);
  });

  it('gives each column its title where the years stand in blocks and the titles follow the unit', () => {
    const text = [
      'Tkr Koncernen Moderbolaget Koncernen Moderbolaget',
      ' 2023 2023 2022 2022',
      'Nettoomsättning 1 250 320 1 190 310',
      'Personalkostnader -620 -180 -590 -170',
      'Övriga kostnader -310 -90 -295 -85',
      'Rörelseresultat 320 50 305 55',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(heads(t!)).toEqual(['Koncernen / 2023', 'Moderbolaget / 2023', 'Koncernen / 2022', 'Moderbolaget / 2022']);
    expect(t!.labelHeader).toBe('Tkr');
  });

  it('leaves the header alone when the titles above do not match the sets of years', () => {
    const text = ['Tkr 2023 2022 2021', 'Intäkter 1 200 1 100 1 000', 'Kostnader 900 850 800', 'Resultat 300 250 200', ''].join('\n');
    const [t] = tablesOf(text);
    expect(heads(t!)).toEqual(['2023', '2022', '2021']);
  });
});
