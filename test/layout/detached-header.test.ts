import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table copied as text whose empty cells became blank lines: the header stands apart from
 * the rows, with section headings between. Examples written here; values worked out by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

describe('a header detached from its rows by blank lines', () => {
  it('reads an operating statement per committee in two sections as one table in millions', () => {
    const text = [
      'Driftredovisning per nämnd.',
      '',
      'Belopp i mnkr Intäkter Kostnader Nettokostnad Kommunbidrag Årets resultat',
      '',
      '',
      '',
      '',
      '',
      'SOCIALA NÄMNDER',
      '',
      '',
      '',
      '',
      'Socialnämnden 210 -1 450 -1 240 1 251 11',
      'Äldrenämnden 180 -2 020 -1 840 1 830 -10',
      'Funktionsstödsnämnden 95 -905 -810 812 2',
      '',
      '',
      '',
      'ÖVRIGA NÄMNDER',
      '',
      '',
      '',
      '',
      'Kulturnämnden 40 -310 -270 275 5',
      'Miljönämnden 22 -96 -74 73 -1',
      'Byggnadsnämnden 61 -88 -27 30 3',
      '',
    ].join('\n');
    const tables = tablesOf(text);
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Intäkter', 'Kostnader', 'Nettokostnad', 'Kommunbidrag', 'Årets resultat']);
    expect(rowsOf(t!)).toEqual([
      ['SOCIALA NÄMNDER', '', '', '', '', ''],
      ['Socialnämnden', '210000000', '-1450000000', '-1240000000', '1251000000', '11000000'],
      ['Äldrenämnden', '180000000', '-2020000000', '-1840000000', '1830000000', '-10000000'],
      ['Funktionsstödsnämnden', '95000000', '-905000000', '-810000000', '812000000', '2000000'],
      ['ÖVRIGA NÄMNDER', '', '', '', '', ''],
      ['Kulturnämnden', '40000000', '-310000000', '-270000000', '275000000', '5000000'],
      ['Miljönämnden', '22000000', '-96000000', '-74000000', '73000000', '-1000000'],
      ['Byggnadsnämnden', '61000000', '-88000000', '-27000000', '30000000', '3000000'],
    ]);
  });

  it('reads a header over rows with no section heading between, blank lines only', () => {
    const text = ['Verksamhet Budget tkr Utfall tkr Avvikelse mot budget', '', '', '', 'Förskola 41 200 40 950 250', 'Grundskola 88 400 89 120 -720', 'Gymnasium 30 100 29 870 230', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Budget tkr', 'Utfall tkr', 'Avvikelse mot budget']);
    // The last title names no unit: its figures stay bare numbers.
    expect(rowsOf(t!)[0]).toEqual(['Förskola', '41200000', '40950000', '250']);
  });

  it('leaves a table alone under a sentence, or under titles right above it with no gap', () => {
    const sentence = ['Kostnaderna ökade i Förskola Skola och Omsorg.', '', '', '', 'Förskola 41 200 40 950 250', 'Grundskola 88 400 89 120 -720', 'Gymnasium 30 100 29 870 230', ''].join('\n');
    expect(tablesOf(sentence)[0]!.columns.map((c) => c.header.join(' '))).toEqual(['', '', '']);
  });
});
