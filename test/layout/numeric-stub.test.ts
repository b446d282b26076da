import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Tables whose row labels are numbers rising down the table, single-spaced, written for this test. */
const tablesOf = (text: string) => docOf({ file: 's.txt', text }).tables;
const rowsOf = (text: string) => tablesOf(text).map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a column of numbers rising down the table as its row labels', () => {
  it('reads household sizes as labels, the figures in the columns the header names', () => {
    const text = [
      'Hushåll efter storlek',
      '',
      'Hushållsstorlek Antal hushåll Andel',
      '1 4 210 38,2',
      '2 3 650 33,1',
      '3 1 720 15,6',
      '4 1 440 13,1',
      'Totalt 11 020 100,0',
      '',
    ].join('\n');
    expect(tablesOf(text)[0]!.columns.map((c) => c.header.join(' / '))).toEqual(['Antal hushåll', 'Andel']);
    expect(rowsOf(text)).toEqual([
      [
        ['1', '4210', '38.2'],
        ['2', '3650', '33.1'],
        ['3', '1720', '15.6'],
        ['4', '1440', '13.1'],
        ['Totalt', '11020', '100'],
      ],
    ]);
  });

  it('reads ages as labels over three columns of counts', () => {
    const text = [
      'Ålder Kvinnor Män Totalt',
      '16 1 204 1 180 2 384',
      '18 1 310 1 402 2 712',
      '25 2 045 2 110 4 155',
      '35 1 876 1 901 3 777',
      'Totalt 6 435 6 593 13 028',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['16', '1204', '1180', '2384'],
        ['18', '1310', '1402', '2712'],
        ['25', '2045', '2110', '4155'],
        ['35', '1876', '1901', '3777'],
        ['Totalt', '6435', '6593', '13028'],
      ],
    ]);
  });
  it('joins the rest of a row broken over two lines where a cell was left empty, a lone figure included', () => {
    const text = [
      'Anställda efter ålder',
      '',
      'Ålder Heltid Deltid Totalt',
      '20 1 032',
      '1 032',
      '30 2 415 1 120 3 535',
      '40 976',
      '976',
      '50 1 804 1 230 3 034',
      'Totalt 6 227 2 350 8 577',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['20', '1032', null, '1032'],
        ['30', '2415', '1120', '3535'],
        ['40', '976', null, '976'],
        ['50', '1804', '1230', '3034'],
        ['Totalt', '6227', '2350', '8577'],
      ],
    ]);
  });
  it('leaves a statement\'s unlabelled sum lines alone when they open with rising numbers by chance', () => {
    const text = [
      'Not 7 Kostnader', '', 'tkr 2023 2022',
      'Personal', 'Löner 2 400 2 300', 'Sociala avgifter 760 730', '3 160 3 030',
      'Lokaler', 'Hyror 410 400', 'El 95 90', '505 490',
      'Övrigt', 'Resor 12 15', 'Konsulter 700 650', '712 665', 'Summa kostnader 4 377 4 185', '',
    ].join('\n');
    const [rows] = rowsOf(text);
    expect(rows!.filter((r) => r[0] === '').map((r) => r.slice(1))).toEqual([
      ['3160000', '3030000'],
      ['505000', '490000'],
      ['712000', '665000'],
    ]);
  });
});
