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

describe('a label that closes with its unit keeps no figure', () => {
  const rows = (text: string) => docOf({ file: 'a.txt', text }).tables.flatMap((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

  it('reads "mnkr 537 446,3" as a value of a key-figure table whose other rows open with small decimals', () => {
    const text = [
      'Flerårsöversikt',
      '',
      '2023 2022 2021 2020',
      'Balansomslutning, mnkr 537 446,3 469 297,4 471 320,7 417 202,1',
      'Soliditet, % 12,5 11,8 11,2 10,9',
      'Räntabilitet, % 3,1 2,8 2,5 2,9',
      'Avkastning på kapital, % 4,2 3,9 3,6 3,8',
      'Medarbetare, antal 412 398 385 371',
      '',
    ].join('\n');
    expect(rows(text)[0]).toEqual(['Balansomslutning, mnkr', '537446300000', '469297400000', '471320700000', '417202100000']);
  });

  it('does so with the unit in parentheses', () => {
    const text = [
      'Nyckeltal',
      '',
      '2024 2023 2022',
      'Nettoomsättning (tkr) 245 612,5 231 004,2 219 870,9',
      'Rörelsemarginal (%) 6,1 5,4 4,9',
      'Soliditet (%) 38,2 36,9 35,1',
      'Kassalikviditet (%) 112,4 108,0 99,6',
      '',
    ].join('\n');
    expect(rows(text)[0]).toEqual(['Nettoomsättning (tkr)', '245612500', '231004200', '219870900']);
  });
});

describe('a label that ends in a year under a note column', () => {
  it('takes the year back where the row\'s note would stand, under a note column a group (the notes are not cells)', () => {
    const text = [
      'Balansräkning, mnkr', '', 'Mnkr KOMMUNEN KONCERNEN', 'Not 2022 2021 Not 2022 2021',
      'Eget kapital 12 410,5 398,2 8 512,0 497,3',
      'Skulder 13 220,1 215,4 9 640,8 610,2',
      'Summa 630,6 613,6 1 152,8 1 107,5',
      '',
      'Ansvarsförbindelser 14 35,2 36,0 10 35,2 36,0',
      'Pensionsåtaganden före 1998 412,3 430,1 412,3 430,1',
      'Borgensåtaganden 15 880,4 850,2 1,5 1,7',
      '',
    ].join('\n');
    const rows = rowsOf(text)[0]!;
    const pension = rows.find((r) => r[0] === 'Pensionsåtaganden före 1998');
    expect(pension).toEqual(['Pensionsåtaganden före 1998', '412300000', '430100000', '412300000', '430100000']);
  });

  it('does so under one note column, in another wording', () => {
    const text = [
      'Skulder', '', 'Tkr Not 2023 2022', 'Checkkredit 4 1 200 1 450', 'Lån upptagna 2015 12 000 14 500', 'Leverantörsskulder 5 8 310 7 920', 'Summa 21 510 23 870', '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Checkkredit', '1200000', '1450000'],
        ['Lån upptagna 2015', '12000000', '14500000'],
        ['Leverantörsskulder', '8310000', '7920000'],
        ['Summa', '21510000', '23870000'],
      ],
    ]);
  });
});
