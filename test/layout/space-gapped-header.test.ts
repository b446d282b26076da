import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Headers whose titles each wrap over lines, a line of spaces between one title and the next,
 * the last title over an amount and a percent column. Examples written here; the changes and
 * percentages were worked out by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headers = (t: Table): string[] => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

describe('a header of wrapped titles with lines of spaces between', () => {
  it('names five columns in thousands of euros and a percent column, rows after a blank line', () => {
    const text = [
      'Anslagen under kapitlet',
      '',
      ...['År 2015', 'bokslut', '1000 €', '   '],
      ...['År 2016', 'ordinarie', 'statsbudget', '1000 €', '   '],
      ...['År 2017', 'regeringens', 'proposition', '1000 €', '   '],
      ...['Ändring 2016–2017', '1000 € %'],
      '',
      // 13 500 − 13 100 = 400, 3 % of 13 100; 3 850 − 3 500 = 350, 10 %; 8 051 − 8 300 = −249, −3 %.
      '01. Omkostnader 12 400 13 100 13 500 400 3',
      '02. Forskning 3 200 3 500 3 850 350 10',
      '20. Stöd 8 100 8 300 8 051 -249 -3',
      '40. Övrigt 900 950 950 0 0',
      'Sammanlagt 24 600 25 850 26 351 501 2',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual([
      'År 2015 bokslut, 1000 €',
      'År 2016 ordinarie statsbudget, 1000 €',
      'År 2017 regeringens proposition, 1000 €',
      'Ändring 2016–2017, 1000 €',
      'Ändring 2016–2017, %',
    ]);
    expect(t!.columns.map((c) => [c.unit, c.scale])).toEqual([
      ['EUR', 1000],
      ['EUR', 1000],
      ['EUR', 1000],
      ['EUR', 1000],
      ['percent', 1],
    ]);
    expect(rowsOf(t!)[2]).toEqual(['20. Stöd', '8100000', '8300000', '8051000', '-249000', '-3']);
    expect(rowsOf(t!)[4]).toEqual(['Sammanlagt', '24600000', '25850000', '26351000', '501000', '2']);
  });

  it('takes a first title without a unit for the rows, tkr and a percent under the last title, rows right under it', () => {
    const text = [
      ...['Verksamhet', '      '],
      ...['Budget', '2023', 'tkr', '      '],
      ...['Utfall', '2023', 'tkr', '      '],
      ...['Avvikelse', 'tkr %'],
      // 9 800 − 10 000 = −200, −2 %; 5 250 − 5 000 = 250, 5 %; 16 250 − 16 200 = 50, 0,3 % printed 0.
      'Grundskola 10 000 9 800 -200 -2',
      'Gymnasium 5 000 5 250 250 5',
      'Fritid 1 200 1 200 0 0',
      'Summa 16 200 16 250 50 0',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.labelHeader).toBe('Verksamhet');
    expect(headers(t!)).toEqual(['Budget 2023, tkr', 'Utfall 2023, tkr', 'Avvikelse, tkr', 'Avvikelse, %']);
    expect(t!.columns.map((c) => c.unit)).toEqual(['SEK', 'SEK', 'SEK', 'percent']);
    expect(rowsOf(t!)).toEqual([
      ['Grundskola', '10000000', '9800000', '-200000', '-2'],
      ['Gymnasium', '5000000', '5250000', '250000', '5'],
      ['Fritid', '1200000', '1200000', '0', '0'],
      ['Summa', '16200000', '16250000', '50000', '0'],
    ]);
  });
});

describe('a header of wrapped titles, each closed by its unit line alone', () => {
  it('reads titles with no lines of spaces between, an abbreviated word among them, rows right under', () => {
    const text = [
      'Nämndernas driftbudget',
      '',
      ...['Budget', '2023', 'tkr'],
      ...['Prognos', '2023', 'prel.', 'tkr'],
      ...['Avvikelse', 'tkr %'],
      // 412 300 − 418 900 = −6 600, −1,6 % printed −2; 288 000 − 279 360 = 8 640, 3 %; sums 745 800, 743 760, 2 040 (0,3 %).
      'Barn- och utbildningsnämnd 412 300 418 900 -6 600 -2',
      'Socialnämnd 288 000 279 360 8 640 3',
      'Kultur- och fritidsnämnd 45 500 45 500 0 0',
      'Summa 745 800 743 760 2 040 0',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['Budget 2023, tkr', 'Prognos 2023 prel., tkr', 'Avvikelse, tkr', 'Avvikelse, %']);
    expect(t!.columns.map((c) => [c.unit, c.scale])).toEqual([
      ['SEK', 1000],
      ['SEK', 1000],
      ['SEK', 1000],
      ['percent', 1],
    ]);
    expect(rowsOf(t!)).toEqual([
      ['Barn- och utbildningsnämnd', '412300000', '418900000', '-6600000', '-2'],
      ['Socialnämnd', '288000000', '279360000', '8640000', '3'],
      ['Kultur- och fritidsnämnd', '45500000', '45500000', '0', '0'],
      ['Summa', '745800000', '743760000', '2040000', '0'],
    ]);
  });

  it('reads a first title for the rows, lines of spaces only before the last title and the rows', () => {
    const text = [
      'Tabell 4. Anslag per ändamål',
      '',
      ...['Anslag', '   '],
      ...['Utfall 2021', 'mnkr'],
      ...['Budget 2022', 'mnkr'],
      ...['Förslag 2023', 'mnkr', '   '],
      ...['Förändring', 'mnkr %', '   '],
      // 1 376 − 1 310 = 66, 5,0 %; 945 − 900 = 45, 5 %; 120 − 150 = −30, −20 %; sums 2 220, 2 360, 2 441, 81 (3,4 %).
      'Förvaltning 1 240 1 310 1 376 66 5',
      'Forskning 860 900 945 45 5',
      'Internationellt samarbete 120 150 120 -30 -20',
      'Summa 2 220 2 360 2 441 81 3',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.labelHeader).toBe('Anslag');
    expect(headers(t!)).toEqual(['Utfall 2021, mnkr', 'Budget 2022, mnkr', 'Förslag 2023, mnkr', 'Förändring, mnkr', 'Förändring, %']);
    expect(t!.columns.map((c) => [c.unit, c.scale])).toEqual([
      ['SEK', 1000000],
      ['SEK', 1000000],
      ['SEK', 1000000],
      ['SEK', 1000000],
      ['percent', 1],
    ]);
    expect(rowsOf(t!)[2]).toEqual(['Internationellt samarbete', '120000000', '150000000', '120000000', '-30000000', '-20']);
    expect(rowsOf(t!)[3]).toEqual(['Summa', '2220000000', '2360000000', '2441000000', '81000000', '3']);
  });
});

describe('a line of spaces right above the first row', () => {
  it('closes the header only after a unit line; after a plain line it follows the first row’s label', () => {
    const text = [
      'Invånare per kommundel 2023',
      '',
      'KommundelSamtligadärav kvinnor',
      ' Del MänKvinnor',
      ' ',
      'Område',
      '     ',
      'HELA KOMMUNEN',
      ' ',
      // 26 306 + 26 004 = 52 310; 10 050 + 10 050 = 20 100.
      '52 310 26 306 26 004',
      'NORRA DELEN',
      ' ',
      '20 100 10 050 10 050',
      ' ',
      'Björkby',
      '12 000 6 010 5 990',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)[0]).toEqual(['HELA KOMMUNEN', '52310', '26306', '26004']);
    expect(headers(t!)).not.toContain('HELA KOMMUNEN');
  });
});
