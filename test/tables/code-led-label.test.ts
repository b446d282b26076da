import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Space-aligned tables whose code column the layout reads into the label ("1000   Höör" under
 * "Kod   Kommun"): under a label title that opens with a code column's title, the code is the
 * row's code and the name its label. Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const mdTablesOf = (text: string): readonly Table[] => docOf({ file: 'case.md', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.code ?? null, r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('codes read into the label under a code column\'s title', () => {
  it('splits municipality names from their codes under "Kod   Kommun"', () => {
    const text = ['Kod    Kommun        2022      2023', '1010   Höör        98 998    96 872', '9001   Värmdö      89 490    69 363', '3002   Dorotea     84 431    99 518', '3003   Torsby      28 944    34 910', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2023']);
    expect(rowsOf(t!)).toEqual([
      ['1010', 'Höör', null, '98998', '96872'],
      ['9001', 'Värmdö', null, '89490', '69363'],
      ['3002', 'Dorotea', null, '84431', '99518'],
      ['3003', 'Torsby', null, '28944', '34910'],
    ]);
  });

  it('splits account numbers from activities under "Konto   Verksamhet", a total without a code', () => {
    const text = [
      'Konto   Verksamhet                Utfall    Budget',
      '4010    Personalkostnader          1 200     1 300',
      '5020    Lokalkostnader               400       450',
      '6110    Avskrivningar                100       120',
      '7010    Bidrag till föreningar        50        60',
      '        Summa                      1 750     1 930',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['4010', 'Personalkostnader', null, '1200', '1300'],
      ['5020', 'Lokalkostnader', null, '400', '450'],
      ['6110', 'Avskrivningar', null, '100', '120'],
      ['7010', 'Bidrag till föreningar', null, '50', '60'],
      [null, 'Summa', null, '1750', '1930'],
    ]);
  });

  it('keeps a number that opens a label under a title naming no code ("1:1 Polismyndigheten", "12 Projekt")', () => {
    const text = ['Anslag                    2022      2023', '1:1 Polismyndigheten     2 000     2 100', '1:2 Säkerhetspolisen       900       950', '12 nya projekt             300       320', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.rows.map((r) => [r.code ?? null, r.label])).toEqual([
      [null, '1:1 Polismyndigheten'],
      [null, '1:2 Säkerhetspolisen'],
      [null, '12 nya projekt'],
    ]);
  });
  it('splits the account number from a label that opens with a budget code of its own, and keeps rows whose cell is a blank or has a note', () => {
    const text = [
      'Konto    Anslag                                  2022',
      '6003     2:1 Kriminalvården                 9 493 478',
      '4004     1:5 Bidrag till regional tillväxt  3 428 799¹',
      '9001     Ålder 16–64 år                            <5',
      '4002     Fas 3                              7 794 263',
      '         Summa                             20 716 540',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['6003', '2:1 Kriminalvården', null, '9493478'],
      ['4004', '1:5 Bidrag till regional tillväxt', null, '3428799'],
      ['9001', 'Ålder 16–64 år', null, null],
      ['4002', 'Fas 3', null, '7794263'],
      [null, 'Summa', null, '20716540'],
    ]);
    const other = [
      'Kod   Verksamhet                     Utfall     Budget',
      '110   1.2 Gymnasieskola               4 100      4 200',
      '120   Vuxenutbildning                    ..        350',
      '130   3.1 Förskola                    2 900²     3 000',
      '      Summa                           7 000      7 550',
      '',
    ].join('\n');
    const [u] = tablesOf(other);
    expect(rowsOf(u!)).toEqual([
      ['110', '1.2 Gymnasieskola', null, '4100', '4200'],
      ['120', 'Vuxenutbildning', null, null, '350'],
      ['130', '3.1 Förskola', null, '2900', '3000'],
      [null, 'Summa', null, '7000', '7550'],
    ]);
  });

  it('keeps the label of a row without a code that is a value short, single spaces between the cells', () => {
    // The code stands in the label's cell ("2002 Åk 1–6" under "Kod Kommun"): a row without one ("varav …")
    // lost a figure, not its code, and is not moved a column to the right.
    const [t] = tablesOf(
      [
        'Kod Kommun Bidrag Kostnader Netto',
        '2002 Åk 1–6 8 883,1 8 285,8 4 687,0',
        'varav statsbidrag 5 329,8 5 800,0',
        '1003 Polismyndigheten 1 200,5 7 270,6 3 984,5',
        '7004 Företag 9 757,5 467,1 4 934,7',
        'varav kvinnor 4 100,0 200,5 1 000,0',
        '',
      ].join('\n'),
    );
    expect(rowsOf(t!).map((r) => r.slice(0, 2))).toEqual([
      ['2002', 'Åk 1–6'],
      [null, 'varav statsbidrag'],
      ['1003', 'Polismyndigheten'],
      ['7004', 'Företag'],
      [null, 'varav kvinnor'],
    ]);
    // Which figure the short row lacks the page does not say: the two are read from the left, uncertain.
    expect(t!.rows[1]!.cells.map((c) => [c.value?.toFixed() ?? null, c.uncertain !== undefined])).toEqual([
      ['5329.8', true],
      ['5800', true],
      [null, false],
    ]);
    const [u] = tablesOf(['Nr Projekt 2022 2023 2024', '11 Cykelvägar 1 200 1 300 1 250', 'varav underhåll 150 160', '12 Busshållplatser 400 450 430', '13 Belysning 100 120 110', ''].join('\n'));
    expect(rowsOf(u!)).toEqual([
      ['11', 'Cykelvägar', null, '1200', '1300', '1250'],
      [null, 'varav underhåll', null, '150', '160', null],
      ['12', 'Busshållplatser', null, '400', '450', '430'],
      ['13', 'Belysning', null, '100', '120', '110'],
    ]);
  });

  it('still moves a row without a code under a code column of its own, whose title cell has levels below it', () => {
    // "Kod" alone in its cell over "Totalt" and "Egna länet" on the header's lower lines: "Riket" is written a cell to the left.
    const [t] = mdTablesOf(
      [
        'Kod | Kommun | Folkmängd | Inflyttade | | | Utflyttade | | | |',
        '---|---|---|---|---|---|---|---|---|---|',
        'Totalt | Därav från | Totalt | Därav till | | | | | | |',
        'Egna länet | Övriga Sverige | Egna länet | Övriga Sverige | | | | | | |',
        'Riket | 10 500 | 900 | 400 | 500 | 850 | 380 | 470 | 50 | |',
        '0127 | Botkyrka | 6 000 | 500 | 220 | 280 | 480 | 200 | 280 | 20 |',
        '0162 | Danderyd | 4 500 | 400 | 180 | 220 | 370 | 180 | 190 | 30 |',
        '',
      ].join('\n'),
    );
    expect(t!.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      [null, 'Riket', '10500', '900', '400', '500', '850', '380', '470', '50'],
      ['0127', 'Botkyrka', '6000', '500', '220', '280', '480', '200', '280', '20'],
      ['0162', 'Danderyd', '4500', '400', '180', '220', '370', '180', '190', '30'],
    ]);
  });

  it('splits the code from a name that opens with a number of its own ("65 år och äldre"), single-spaced and space-aligned', () => {
    const [t] = tablesOf(['Konto Verksamhet 2022 2023', '6017 65 år och äldre 1 200 1 300', '6018 Barn och unga 400 450', '6019 16 år och yngre 250 260', '6020 Vuxna 900 950', ''].join('\n'));
    expect(rowsOf(t!)).toEqual([
      ['6017', '65 år och äldre', null, '1200', '1300'],
      ['6018', 'Barn och unga', null, '400', '450'],
      ['6019', '16 år och yngre', null, '250', '260'],
      ['6020', 'Vuxna', null, '900', '950'],
    ]);
    const [u] = tablesOf(['Kod    Åtgärd                  Antal    Belopp', '110    3 nya bussar               3     4 500', '120    Cykelparkering            40       800', '130    12 laddstolpar            12       960', ''].join('\n'));
    expect(rowsOf(u!)).toEqual([
      ['110', '3 nya bussar', null, '3', '4500'],
      ['120', 'Cykelparkering', null, '40', '800'],
      ['130', '12 laddstolpar', null, '12', '960'],
    ]);
  });
  it('splits a number closed by a point ("1. Förskolor") under "Nr.", single-spaced with repeated numbers and space-aligned', () => {
    // The numbers point at explanations above the table, so they may repeat: codes, not a running count.
    const [t] = tablesOf(['Nr. Investeringar 2023 2024', '', '1. Förskolor 12,0 8,5', '', '2. Gator och vägar 6,5 7,0', '', '1. Idrottshall 20,0 0,0', '', 'Summa 38,5 15,5', ''].join('\n'));
    expect(rowsOf(t!)).toEqual([
      ['1', 'Förskolor', null, '12', '8.5'],
      ['2', 'Gator och vägar', null, '6.5', '7'],
      ['1', 'Idrottshall', null, '20', '0'],
      [null, 'Summa', null, '38.5', '15.5'],
    ]);
    const [u] = tablesOf(['Nr.   Åtgärd                 Belopp', '1.    Upprustning av torget     450', '2.    Ny gång- och cykelbro   1 200', '3.    Rivning av förråd          80', '      Summa                   1 730', ''].join('\n'));
    expect(rowsOf(u!)).toEqual([
      ['1', 'Upprustning av torget', null, '450'],
      ['2', 'Ny gång- och cykelbro', null, '1200'],
      ['3', 'Rivning av förråd', null, '80'],
      [null, 'Summa', null, '1730'],
    ]);
  });
});
