import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Web tables pasted one cell per line whose empty cells show as a line holding only a space,
 * or as one blank line more than the one between cells. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));

describe('cell-per-line tables with empty cells kept as space lines', () => {
  it('keeps every row in its columns when the note cell is empty, and reads note links as labels', () => {
    const cells = [
      'Belopp i tkr', ' ', '2022', '2023',
      ' ', ' ', ' ', ' ',
      'Intäkter', 'not 3 »', '540', '610',
      'Kostnader', 'not 4 » not 5 »', '-1 200', '-1 350',
      'Nettokostnad', ' ', '-660', '-740',
      'Skatter', 'not 6 »', '700', '760',
      'Resultat', ' ', '40', '20',
    ];
    const [t] = tablesOf(`Driftens resultat\n\n${cells.join('\n\n')}\n`);
    expect(t!.unit).toBe('SEK');
    expect(headersOf(t!)).toEqual(['2022', '2023']);
    expect(rowsOf(t!)).toEqual([
      ['Intäkter', '540000', '610000'],
      ['Kostnader', '-1200000', '-1350000'],
      ['Nettokostnad', '-660000', '-740000'],
      ['Skatter', '700000', '760000'],
      ['Resultat', '40000', '20000'],
    ]);
  });

  it('reads a heading row of empty cells as a heading, not a row of values', () => {
    const cells = [
      'Län', 'Kod', 'Platser', 'Sökande',
      'NORRA REGIONEN', ' ', ' ', ' ',
      'Norrbottens län', '25', '120', '340',
      'Västerbottens län', '24', '90', '260',
      'Summa norr', ' ', '210', '600',
      'SÖDRA REGIONEN', ' ', ' ', ' ',
      'Skåne län', '12', '400', '910',
      'Blekinge län', '10', '60', '130',
      'Summa söder', ' ', '460', '1 040',
    ];
    const [t] = tablesOf(`${cells.join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['Platser', 'Sökande']);
    expect(rowsOf(t!)).toEqual([
      ['NORRA REGIONEN', 'null', 'null'],
      ['Norrbottens län', '120', '340'],
      ['Västerbottens län', '90', '260'],
      ['Summa norr', '210', '600'],
      ['SÖDRA REGIONEN', 'null', 'null'],
      ['Skåne län', '400', '910'],
      ['Blekinge län', '60', '130'],
      ['Summa söder', '460', '1040'],
    ]);
    expect(t!.rows.map((r) => r.region?.code ?? null)).toEqual([null, '25', '24', null, null, '12', '10', null]);
  });
});

describe('cell-per-line tables with empty cells kept as an extra blank line', () => {
  it('reads group titles over pairs of years, the unit over the labels, and the note column', () => {
    const text = [
      'Balans för stiftelsen', '', '', 'mnkr', '', '', 'Stiftelsen', '', 'Koncernen', '', '',
      'Noter', '', '2024', '', '2023', '', '2024', '', '2023', '',
      'Fordringar', '', '7', '', '12,5', '', '10,0', '', '14,5', '', '11,0', '',
      'Kassa', '', '8', '', '3,5', '', '4,0', '', '6,5', '', '7,0', '',
      'Summa', '', '', '16,0', '', '14,0', '', '21,0', '', '18,0', '',
      'Skulder', '', '9,10', '', '5,0', '', '6,0', '', '8,0', '', '9,0', '',
      'Eget kapital', '', '', '11,0', '', '8,0', '', '13,0', '', '9,0', '',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(t!.caption).toBe('Balans för stiftelsen');
    expect(headersOf(t!)).toEqual(['Stiftelsen / 2024', 'Stiftelsen / 2023', 'Koncernen / 2024', 'Koncernen / 2023']);
    expect(rowsOf(t!)).toEqual([
      ['Fordringar', '12500000', '10000000', '14500000', '11000000'],
      ['Kassa', '3500000', '4000000', '6500000', '7000000'],
      ['Summa', '16000000', '14000000', '21000000', '18000000'],
      ['Skulder', '5000000', '6000000', '8000000', '9000000'],
      ['Eget kapital', '11000000', '8000000', '13000000', '9000000'],
    ]);
  });

  it('splits a value glued to the next label, and a label set on the line above its first value', () => {
    const text = [
      'Tkr', '', 'Not', '', 'Utfall', '', 'Budget', '',
      'Avgifter', '', '1', '', '300', '', '280', '',
      'Bidrag', '', '2', '', '150', '', '160', '',
      'Summa intäkter', '', '', '450', '', '440Personal', '',
      '3', '', '-210', '', '-200', '',
      'Lokaler', '', '4', '', '-90', '', '-95', '',
      'Övrigt', '-30', '', '-40', '',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(headersOf(t!)).toEqual(['Utfall', 'Budget']);
    expect(rowsOf(t!)).toEqual([
      ['Avgifter', '300000', '280000'],
      ['Bidrag', '150000', '160000'],
      ['Summa intäkter', '450000', '440000'],
      ['Personal', '-210000', '-200000'],
      ['Lokaler', '-90000', '-95000'],
      // Two figures for three cells: which one the page left out it does not say.
      ['Övrigt', '-30000?', '-40000?'],
    ]);
  });

  it('leaves text with blank lines but no empty cell to the other readers', () => {
    const text = ['Län', '', 'Antal', '', 'Uppsala län', '', '12', '', 'Skåne län', '', '40', '', 'Gotlands län', '', '3', '', 'Hallands län', '', '9', ''].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(rowsOf(t!)).toEqual([
      ['Uppsala län', '12'],
      ['Skåne län', '40'],
      ['Gotlands län', '3'],
      ['Hallands län', '9'],
    ]);
  });
});

describe('cell-per-line tables whose note cells list several notes', () => {
  it('reads "3, 4" in the note column as notes, with space lines for the empty cells', () => {
    const cells = [
      'Belopp i mnkr', 'Not', '2021', '2022',
      'Avgifter', '1', '310', '325',
      'Personalkostnader', '2, 4', '-905', '-940',
      'Övriga kostnader', '3, 4, 11', '-212', '-230',
      'Nettokostnad', ' ', '-807', '-845',
      'Skatteintäkter', '5', '850', '890',
      'Resultat', ' ', '43', '45',
    ];
    const [t] = tablesOf(`Resultaträkning\n\n${cells.join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['2021', '2022']);
    expect(rowsOf(t!)).toEqual([
      ['Avgifter', '310000000', '325000000'],
      ['Personalkostnader', '-905000000', '-940000000'],
      ['Övriga kostnader', '-212000000', '-230000000'],
      ['Nettokostnad', '-807000000', '-845000000'],
      ['Skatteintäkter', '850000000', '890000000'],
      ['Resultat', '43000000', '45000000'],
    ]);
  });

  it('reads "12, 13" as notes where an empty cell is an extra blank line, and keeps "4,5" a value', () => {
    const text = [
      'Tkr', '', 'Noter', '', 'Utfall 2023', '', 'Utfall 2022', '',
      'Bidrag', '', '12, 13', '', '4,5', '', '3,9', '',
      'Hyror', '', '14', '', '120,0', '', '118,5', '',
      'Summa intäkter', '', '', '124,5', '', '122,4', '',
      'Löner', '', '15, 16', '', '-80,2', '', '-77,0', '',
      'Summa kostnader', '', '', '-80,2', '', '-77,0', '',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(headersOf(t!)).toEqual(['Utfall 2023', 'Utfall 2022']);
    expect(rowsOf(t!)).toEqual([
      ['Bidrag', '4500', '3900'],
      ['Hyror', '120000', '118500'],
      ['Summa intäkter', '124500', '122400'],
      ['Löner', '-80200', '-77000'],
      ['Summa kostnader', '-80200', '-77000'],
    ]);
  });
});

describe('cell-per-line tables with empty cells under a code column', () => {
  // A code is a figure by its look: read as one it ended the row above and shifted every row.
  const regionsOf = (t: Table) => t.rows.map((r) => r.region?.code ?? null);

  it('reads the code before each label, and the total row’s extra blank line as its empty code cell', () => {
    const cells = [
      'Kod', 'Län', 'Platser', 'Sökande',
      '01', 'Stockholms län', '1 250', '3 400',
      '03', 'Uppsala län', '310', '720',
      '04', 'Södermanlands län', '205', '480',
      '05', 'Östergötlands län', '330', '815',
      '06', 'Jönköpings län', '240', '560',
    ];
    const text = `Tabellen visar platser och sökande per län.\n\n${cells.join('\n\n')}\n\n\nSumma\n\n2 335\n\n5 975\n`;
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Platser', 'Sökande']);
    expect(rowsOf(t!)).toEqual([
      ['Stockholms län', '1250', '3400'],
      ['Uppsala län', '310', '720'],
      ['Södermanlands län', '205', '480'],
      ['Östergötlands län', '330', '815'],
      ['Jönköpings län', '240', '560'],
      ['Summa', '2335', '5975'],
    ]);
    expect(regionsOf(t!)).toEqual(['01', '03', '04', '05', '06', null]);
  });

  it('keeps a row’s empty value cell (a space line) in its column under a county code title and a wrapped header cell', () => {
    const cells = [
      'Länskod', 'Län', 'Folkmängd\n2021-12-31', 'Bidrag, tkr',
      '20', 'Dalarnas län', '287 966', '4 100',
      '21', 'Gävleborgs län', '287 502', ' ',
      '22', 'Västernorrlands län', '244 193', '3 950',
      '23', 'Jämtlands län', '131 830', '2 300',
      '24', 'Västerbottens län', '274 563', '4 020',
      '25', 'Norrbottens län', '249 693', '3 880',
    ];
    const [t] = tablesOf(`${cells.join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['Folkmängd 2021-12-31', 'Bidrag, tkr']);
    expect(rowsOf(t!)).toEqual([
      ['Dalarnas län', '287966', '4100000'],
      ['Gävleborgs län', '287502', 'null'],
      ['Västernorrlands län', '244193', '3950000'],
      ['Jämtlands län', '131830', '2300000'],
      ['Västerbottens län', '274563', '4020000'],
      ['Norrbottens län', '249693', '3880000'],
    ]);
    expect(regionsOf(t!)).toEqual(['20', '21', '22', '23', '24', '25']);
  });

  it('reads four-digit municipality codes and a total row whose code cell is a space line', () => {
    const cells = [
      'Kommunkod', 'Kommun', 'Elever', 'Lärare',
      '0114', 'Upplands Väsby', '5 210', '402',
      '0115', 'Vallentuna', '4 380', ' ',
      '0117', 'Österåker', '5 020', '391',
      '0120', 'Värmdö', '5 640', '433',
      '0123', 'Järfälla', '9 310', '702',
      ' ', 'Totalt', '29 560', '1 928',
    ];
    const [t] = tablesOf(`Elever och lärare\n\n${cells.join('\n\n')}\n`);
    expect(headersOf(t!)).toEqual(['Elever', 'Lärare']);
    expect(rowsOf(t!)).toEqual([
      ['Upplands Väsby', '5210', '402'],
      ['Vallentuna', '4380', 'null'],
      ['Österåker', '5020', '391'],
      ['Värmdö', '5640', '433'],
      ['Järfälla', '9310', '702'],
      ['Totalt', '29560', '1928'],
    ]);
  });
});

describe('cell-per-line tables: a long title line, two labels glued', () => {
  it('takes a title longer than a label on the first line as the caption, empty cells kept as a blank line more', () => {
    const text = [
      'Not 12 Kommunens lämnade bidrag till föreningar och studieförbund samt övriga organisationer',
      '',
      'Tkr',
      '',
      'Utfall 2021',
      '',
      'Utfall 2020',
      '',
      'Budget 2021',
      '',
      'Idrottsföreningar',
      '',
      '4 310',
      '',
      '4 105',
      '',
      '4 400',
      '',
      'Studieförbund',
      '',
      '',
      '1 920',
      '',
      '',
      'Kulturföreningar',
      '',
      '2 640',
      '',
      '2 580',
      '',
      '2 700',
      '',
      'Pensionärsföreningar',
      '',
      '',
      '310',
      '',
      '350',
      '',
      'Summa',
      '',
      '6 950',
      '',
      '8 915',
      '',
      '7 450',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(t!.caption).toBe('Not 12 Kommunens lämnade bidrag till föreningar och studieförbund samt övriga organisationer');
    expect(headersOf(t!)).toEqual(['Utfall 2021', 'Utfall 2020', 'Budget 2021']);
    expect(rowsOf(t!)).toEqual([
      ['Idrottsföreningar', '4310000', '4105000', '4400000'],
      ['Studieförbund', 'null', '1920000', 'null'],
      ['Kulturföreningar', '2640000', '2580000', '2700000'],
      ['Pensionärsföreningar', 'null', '310000', '350000'],
      ['Summa', '6950000', '8915000', '7450000'],
    ]);
  });

  it('takes a long title as the caption over a bare unit and three titled columns, empty cells a blank line more', () => {
    const text = [
      'Investeringsutgifter per verksamhetsområde inom samhällsbyggnadsförvaltningen och tekniska kontoret',
      '',
      'Mnkr',
      '',
      'Bokslut 2021',
      '',
      'Budget 2022',
      '',
      'Plan 2023',
      '',
      'Gator och vägar',
      '',
      '18,4',
      '',
      '21,0',
      '',
      '19,5',
      '',
      'Parker',
      '',
      '',
      '3,5',
      '',
      '2,0',
      '',
      'Vatten och avlopp',
      '',
      '42,7',
      '',
      '39,9',
      '',
      '44,1',
      '',
      'Hamnar',
      '',
      '',
      '6,2',
      '',
      '',
      '',
      'Summa',
      '',
      '61,1',
      '',
      '70,6',
      '',
      '65,6',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(t!.caption).toBe('Investeringsutgifter per verksamhetsområde inom samhällsbyggnadsförvaltningen och tekniska kontoret');
    expect(headersOf(t!)).toEqual(['Bokslut 2021', 'Budget 2022', 'Plan 2023']);
    expect(rowsOf(t!)).toEqual([
      ['Gator och vägar', '18400000', '21000000', '19500000'],
      ['Parker', 'null', '3500000', '2000000'],
      ['Vatten och avlopp', '42700000', '39900000', '44100000'],
      ['Hamnar', 'null', '6200000', 'null'],
      ['Summa', '61100000', '70600000', '65600000'],
    ]);
  });

  it('splits a row left empty and copied as nothing from the label it was glued to', () => {
    const text = [
      'Resultaträkning',
      '',
      'Tkr',
      '',
      '2023',
      '',
      '2022',
      '',
      'Verksamhetens intäkter',
      '',
      '12 400',
      '',
      '11 900',
      '',
      'Verksamhetens kostnader',
      '',
      '-96 300',
      '',
      '-91 800',
      '',
      'Jämförelsestörande posterAvskrivningar',
      '',
      '-4 100',
      '',
      '-3 900',
      '',
      'Verksamhetens nettokostnader',
      '',
      '-88 000',
      '',
      '-83 800',
      '',
      'Skatteintäkter',
      '',
      '90 500',
      '',
      '86 200',
      '',
      'Finansnetto',
      '',
      '',
      '-150',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(rowsOf(t!)).toEqual([
      ['Verksamhetens intäkter', '12400000', '11900000'],
      ['Verksamhetens kostnader', '-96300000', '-91800000'],
      ['Jämförelsestörande poster', 'null', 'null'],
      ['Avskrivningar', '-4100000', '-3900000'],
      ['Verksamhetens nettokostnader', '-88000000', '-83800000'],
      ['Skatteintäkter', '90500000', '86200000'],
      ['Finansnetto', 'null', '-150000'],
    ]);
  });

  it('splits glued labels among space-line empty cells, and leaves a name with a capital inside whole', () => {
    const text = [
      'Bidrag per mottagare',
      '',
      'Tkr',
      '',
      'Kommunen',
      '',
      'Regionen',
      '',
      'Föreningslivet',
      '',
      '1 200',
      '',
      ' ',
      '',
      'Trossamfunden',
      '',
      ' ',
      '',
      '340',
      '',
      'LokalradioKulturhuset',
      '',
      '2 750',
      '',
      '1 980',
      '',
      'Studiecirklar',
      '',
      '610',
      '',
      '590',
      '',
      'PostNord-avtalet',
      '',
      '45',
      '',
      '45',
    ].join('\n');
    const [t] = tablesOf(`${text}\n`);
    expect(rowsOf(t!)).toEqual([
      ['Föreningslivet', '1200000', 'null'],
      ['Trossamfunden', 'null', '340000'],
      ['Lokalradio', 'null', 'null'],
      ['Kulturhuset', '2750000', '1980000'],
      ['Studiecirklar', '610000', '590000'],
      ['PostNord-avtalet', '45000', '45000'],
    ]);
  });
});
