import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Row labels that end in a number before single-space values, written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'n.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a label that ends in a number', () => {
  it('takes back a number that would make one value too many', () => {
    const text = [
      'Miljarder kronor',
      '',
      'Område 2021 2022 2023',
      'Försvar 71,2 75,9 84,1',
      'Rättsväsendet UO 4 52,6 55,0 58,3',
      'Övriga områden 120,4 118,8 125,2',
      'Totalt 244,2 249,7 267,6',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Försvar', '71200000000', '75900000000', '84100000000'],
        ['Rättsväsendet UO 4', '52600000000', '55000000000', '58300000000'],
        ['Övriga områden', '120400000000', '118800000000', '125200000000'],
        ['Totalt', '244200000000', '249700000000', '267600000000'],
      ],
    ]);
  });

  it('takes back a number that would join a decimal value in a column written without digit groups', () => {
    const text = [
      'Procent',
      '',
      'Grupp 2019 2020',
      'Samtliga 642,5 655,1',
      'Kategori 12 318,4 320,9',
      'Övriga 324,1 334,2',
      'Ej fördelat 101,0 99,6',
      '',
    ].join('\n');
    const [t] = rowsOf(text);
    expect(t![1]).toEqual(['Kategori 12', '318.4', '320.9']);
  });

  it('leaves a first value with digit groups alone where the column has them', () => {
    const text = ['Kronor 2023 2024', 'Hyror 12 400,5 13 100,0', 'Arrenden 2 100,0 2 200,5', 'Avgifter 1 050,0 980,5', ''].join('\n');
    expect(rowsOf(text)[0]!.map((r) => r[1])).toEqual(['12400.5', '2100', '1050']);
  });
});
