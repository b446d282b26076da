import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Web tables pasted one cell per line keep an empty cell as a line of its own: a line holding
 * only a no-break space, or, where every cell ends in its border (" |"), a line of only the
 * border. Such a line is a cell, not the blank line that ends a table. Written for this test.
 */
const NB = '\u00a0';
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const headers = (t: Table) => t.columns.map((c) => c.header.join(' '));

describe('cell-per-line tables whose empty cells are lines of a no-break space', () => {
  it('reads a stub with no title and blank value cells, no blank lines', () => {
    const text = ['Lönekostnader i kommunen.', '', NB, '2021', '2022', 'Alingsås', '1 200', '1 300', 'Borås', NB, '2 400', 'Eslöv', '800', '850', 'Falun', '950', NB, 'Gnesta', '300', '320', 'Summa', '5 250', '5 270', '', 'Källa: SCB.', ''].join('\n');
    const ts = tablesOf(text);
    expect(ts.length).toBe(1);
    expect(headers(ts[0]!)).toEqual(['2021', '2022']);
    expect(rowsOf(ts[0]!)).toEqual([
      [null, 'Alingsås', '1200', '1300'],
      [null, 'Borås', null, '2400'],
      [null, 'Eslöv', '800', '850'],
      [null, 'Falun', '950', null],
      [null, 'Gnesta', '300', '320'],
      [null, 'Summa', '5250', '5270'],
    ]);
  });

  it('reads rows set apart by blank lines, a code column whose part rows leave the code empty', () => {
    const rows = [
      ['4010', 'Personal', '700', '720'],
      [NB, 'varav lärare', '300', '310'],
      ['4020', 'Lokaler', '250', '260'],
      ['5010', 'Material', '90', '95'],
      [NB, 'varav böcker', '40', '41'],
      ['6010', 'Övrigt', '60', '65'],
      [NB, 'Totalt', '1 100', '1 140'],
    ];
    const text = ['Konto\nPost\nBudget\nUtfall', ...rows.map((r) => r.join('\n'))].join('\n\n');
    const ts = tablesOf(`${text}\n`);
    expect(ts.length).toBe(1);
    expect(headers(ts[0]!)).toEqual(['Budget', 'Utfall']);
    expect(rowsOf(ts[0]!)).toEqual([
      ['4010', 'Personal', '700', '720'],
      [null, 'varav lärare', '300', '310'],
      ['4020', 'Lokaler', '250', '260'],
      ['5010', 'Material', '90', '95'],
      [null, 'varav böcker', '40', '41'],
      ['6010', 'Övrigt', '60', '65'],
      [null, 'Totalt', '1100', '1140'],
    ]);
  });
});

describe('cell-per-line tables with a blank line between cells, an empty cell a no-break space between them', () => {
  it('keeps a part row\'s empty code cell in its place under a code column', () => {
    const cells = ['Kod', 'Verksamhet', 'Utfall', 'Budget', '110', 'Grundskola', '5 400', '5 500', NB, 'varav fritids', '900', '950', '120', 'Gymnasieskola', '3 100', '3 000', '130', 'Förskola', '2 800', '2 900', '140', 'Bibliotek', '400', '420', NB, 'Summa', '11 700', '11 820'];
    const ts = tablesOf(`${cells.join('\n\n')}\n`);
    expect(ts.length).toBe(1);
    expect(headers(ts[0]!)).toEqual(['Utfall', 'Budget']);
    expect(rowsOf(ts[0]!)).toEqual([
      ['110', 'Grundskola', '5400', '5500'],
      [null, 'varav fritids', '900', '950'],
      ['120', 'Gymnasieskola', '3100', '3000'],
      ['130', 'Förskola', '2800', '2900'],
      ['140', 'Bibliotek', '400', '420'],
      [null, 'Summa', '11700', '11820'],
    ]);
  });
});

describe('cell-per-line tables whose cells end in their border, an empty cell a line of only the border', () => {
  it('reads blank cells and a total without a code, one cell a line', () => {
    const cells = ['Kod |', 'Kommun |', 'Antal |', 'Belopp |', '1001 |', 'Alingsås |', '12 |', '1 200 |', '2002 |', 'Borås |', ' |', '2 400 |', '3003 |', 'Eslöv |', '8 |', '800 |', '4004 |', 'Falun |', '9 |', '950 |', ' |', 'Summa |', '29 |', '5 350 |'];
    const ts = tablesOf(`${cells.join('\n')}\n`);
    expect(ts.length).toBe(1);
    expect(headers(ts[0]!)).toEqual(['Antal', 'Belopp']);
    expect(rowsOf(ts[0]!)).toEqual([
      ['1001', 'Alingsås', '12', '1200'],
      ['2002', 'Borås', null, '2400'],
      ['3003', 'Eslöv', '8', '800'],
      ['4004', 'Falun', '9', '950'],
      [null, 'Summa', '29', '5350'],
    ]);
  });

  it('reads a heading row whose cells are all empty, rows set apart by blank lines', () => {
    const rows = [['Intäkter |', ' |', ' |'], ['Avgifter |', '120 |', '130 |'], ['Bidrag |', '300 |', '310 |'], ['Kostnader |', ' |', ' |'], ['Personal |', '400 |', '420 |'], ['Lokaler |', '150 |', '160 |'], ['Övrigt |', '40 |', '45 |']];
    const text = [' |\n2022 |\n2023 |', ...rows.map((r) => r.join('\n'))].join('\n\n');
    const ts = tablesOf(`${text}\n`);
    expect(ts.length).toBe(1);
    expect(headers(ts[0]!)).toEqual(['2022', '2023']);
    expect(rowsOf(ts[0]!).filter((r) => r[2] !== null)).toEqual([
      [null, 'Avgifter', '120', '130'],
      [null, 'Bidrag', '300', '310'],
      [null, 'Personal', '400', '420'],
      [null, 'Lokaler', '150', '160'],
      [null, 'Övrigt', '40', '45'],
    ]);
  });
});

describe('cell-per-line rows set apart by blank lines, the label column untitled and part rows without a code', () => {
  const rows = [['2010', 'Kiruna', '720'], ['', 'varav kvinnor', '430'], ['2020', 'Nacka', '760'], ['2030', 'Tranås', '950'], ['', 'varav nyanställda', '380'], ['2040', 'Norrtälje', '900'], ['2050', 'Arjeplog', '620']];
  const expected = [
    ['2010', 'Kiruna', '720'],
    [null, 'varav kvinnor', '430'],
    ['2020', 'Nacka', '760'],
    ['2030', 'Tranås', '950'],
    [null, 'varav nyanställda', '380'],
    ['2040', 'Norrtälje', '900'],
    ['2050', 'Arjeplog', '620'],
  ];

  it('reads empty cells pasted as a no-break space', () => {
    const text = [`Kod\n${NB}\nAntal 2023`, ...rows.map((r) => r.map((c) => c || NB).join('\n'))].join('\n\n');
    const ts = tablesOf(`${text}\n`);
    expect(ts.length).toBe(1);
    expect(rowsOf(ts[0]!)).toEqual(expected);
  });

  it('reads empty cells pasted as their border alone, the cell above in the row before', () => {
    const text = ['Kod |\n |\nAntal 2023 |', ...rows.map((r) => r.map((c) => `${c} |`).join('\n'))].join('\n\n');
    const ts = tablesOf(`${text}\n`);
    expect(ts.length).toBe(1);
    expect(rowsOf(ts[0]!)).toEqual(expected);
  });
});

describe('cell-per-line tables whose first row is a section heading with empty cells', () => {
  it('keeps the heading out of a worded header, one cell a line, each cell closed by its border', () => {
    const cells = ['Verksamhet', 'Utfall', 'Budget', 'Intäkter', '', '', 'Avgifter', '120', '130', 'Bidrag', '300', '310', 'Summa intäkter', '420', '440', 'Kostnader', '', '', 'Personal', '400', '420', 'Lokaler', '150', '160', 'Summa kostnader', '550', '580'];
    const ts = tablesOf(`${cells.map((c) => `${c} |`).join('\n')}\n`);
    expect(ts.length).toBe(1);
    expect(headers(ts[0]!)).toEqual(['Utfall', 'Budget']);
    expect(ts[0]!.rows.map((r) => [r.label, r.kind])).toEqual([
      ['Intäkter', 'other'],
      ['Avgifter', 'data'],
      ['Bidrag', 'data'],
      ['Summa intäkter', 'subtotal'],
      ['Kostnader', 'other'],
      ['Personal', 'data'],
      ['Lokaler', 'data'],
      ['Summa kostnader', 'subtotal'],
    ]);
  });
});

describe('cell-per-line tables with a blank line between cells under a numbered caption', () => {
  it('reads a unit right under the caption as the label column title, not the end of the caption', () => {
    const cells = ['Tabell 10 Fördelning av medel 2023', 'tkr', 'Beviljat', 'Utbetalt', 'Projekt A', '1 200', '1 100', 'Projekt B', '800', '750', 'Projekt C', '400', '400', 'Projekt D', '300', '250', 'Summa', '2 700', '2 500'];
    const ts = tablesOf(`${cells.join('\n\n')}\n`);
    expect(ts.length).toBe(1);
    expect(headers(ts[0]!)).toEqual(['Beviljat', 'Utbetalt']);
    expect(rowsOf(ts[0]!)[0]).toEqual([null, 'Projekt A', '1200000', '1100000']);
    expect(rowsOf(ts[0]!)[4]).toEqual([null, 'Summa', '2700000', '2500000']);
  });

  it('does so under "Tab. 2", the unit in millions', () => {
    const cells = ['Tab. 2 Anslag per myndighet', 'mnkr', 'Beviljat', 'Utbetalt', 'Polisen', '30', '32', 'Tullverket', '2,5', '2,6', 'Kustbevakningen', '1,5', '1,4', 'Kriminalvården', '10', '11', 'Totalt', '44', '47'];
    const ts = tablesOf(`${cells.join('\n\n')}\n`);
    expect(ts.length).toBe(1);
    expect(headers(ts[0]!)).toEqual(['Beviljat', 'Utbetalt']);
    expect(rowsOf(ts[0]!)[1]).toEqual([null, 'Tullverket', '2500000', '2600000']);
  });
});

describe('cell-per-line tables whose borders stand alone on their lines after cells without one', () => {
  it('reads runs of border lines as borders, not as empty cells', () => {
    const rows = [['Uppsala', '400', '313'], ['Gotlands', '120', '95'], ['Hallands', '250', '210'], ['Kalmar', '180', '160']];
    const text = ['Område', '|', 'Tackor', '|', 'Lamm', '|', '|', 'Län', '|', '|', '|', '|', '|', ...rows.flatMap((r) => r.flatMap((c) => [c, '|']))].join('\n');
    const ts = tablesOf(`${text}\n`);
    expect(ts.length).toBe(1);
    expect(headers(ts[0]!)).toEqual(['Tackor', 'Lamm']);
    // "Län" under the header titled "Område" heads the rows (the kind of area they are): a heading row, no figures.
    expect(rowsOf(ts[0]!)).toEqual([
      [null, 'Län', null, null],
      [null, 'Uppsala', '400', '313'],
      [null, 'Gotlands', '120', '95'],
      [null, 'Hallands', '250', '210'],
      [null, 'Kalmar', '180', '160'],
    ]);
  });

  it('reads a run of border lines after cells closed by theirs as so many empty cells', () => {
    const cells = ['Län |', '2022 |', '2023 |', '2024 |', 'Uppsala |', '400 |', '|', '|', 'Gotlands |', '120 |', '130 |', '140 |', 'Hallands |', '250 |', '260 |', '270 |', 'Kalmar |', '180 |', '190 |', '200 |'];
    const ts = tablesOf(`${cells.join('\n')}\n`);
    expect(ts.length).toBe(1);
    expect(rowsOf(ts[0]!)[0]).toEqual([null, 'Uppsala', '400', null, null]);
    expect(rowsOf(ts[0]!)[1]).toEqual([null, 'Gotlands', '120', '130', '140']);
  });
});

describe('a border alone opening a table whose cells close with their own border', () => {
  it('is the empty corner over the labels: the year under it titles the column', () => {
    const text = ['Utbetalt per kommun 2011, tkr', '', ' |', '2011 |', '', 'Umeå |', '159 543 |', '', 'Växjö |', '573 545 |', '', 'Falun |', '761 200 |', '', 'Luleå |', '303 461 |', '', 'Torsby |', '283 943 |', '', 'Källa: SCB.', ''].join('\n');
    const ts = tablesOf(text);
    expect(ts.length).toBe(1);
    expect(headers(ts[0]!)).toEqual(['2011']);
    expect(rowsOf(ts[0]!)).toEqual([
      [null, 'Umeå', '159543000'],
      [null, 'Växjö', '573545000'],
      [null, 'Falun', '761200000'],
      [null, 'Luleå', '303461000'],
      [null, 'Torsby', '283943000'],
    ]);
  });

  it('does so over one title of words, a row holding an empty cell of its own border', () => {
    const text = ['Bidrag per förening, kronor.', '', '|', 'Belopp |', '', 'Hembygdsföreningen |', '12 500 |', '', 'Idrottsklubben |', '|', '', 'Musikföreningen |', '8 000 |', '', 'Scoutkåren |', '4 750 |', '', 'Teatergruppen |', '6 100 |', ''].join('\n');
    const ts = tablesOf(text);
    expect(ts.length).toBe(1);
    expect(headers(ts[0]!)).toEqual(['Belopp']);
    expect(rowsOf(ts[0]!)).toEqual([
      [null, 'Hembygdsföreningen', '12500'],
      [null, 'Idrottsklubben', null],
      [null, 'Musikföreningen', '8000'],
      [null, 'Scoutkåren', '4750'],
      [null, 'Teatergruppen', '6100'],
    ]);
  });
});
