import { describe, expect, it } from 'vitest';
import { groupedCellTitles, partTitleGroups } from '../../src/layout/grouped-cell-titles.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Two-level headers pasted one cell a line (group titles over pairs of columns). Examples written here; totals summed by hand. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headers = (t: Table): string[] => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

describe('groupedCellTitles', () => {
  it('puts each group over its repeated sub-titles', () => {
    expect(groupedCellTitles(['Län', '2022', '2023', 'Antal', 'Belopp', 'Antal', 'Belopp'], 5)).toEqual({
      top: ['', '2022', '2022', '2023', '2023'],
      sub: ['Län', 'Antal', 'Belopp', 'Antal', 'Belopp'],
      from: [0, 3, 4, 5, 6],
    });
    expect(groupedCellTitles(['Område', 'Män', 'Kvinnor', 'Totalt', 'Antal', '%', 'Antal', '%', 'Antal', '%'], 7)?.top).toEqual(['', 'Män', 'Män', 'Kvinnor', 'Kvinnor', 'Totalt', 'Totalt']);
  });

  it('takes the rows\' title after the groups when it names a unit', () => {
    expect(groupedCellTitles(['Kommunen', 'Koncernen', 'Belopp, mkr', '2024', '2023', '2024', '2023'], 5)).toEqual({
      top: ['', 'Kommunen', 'Kommunen', 'Koncernen', 'Koncernen'],
      sub: ['Belopp, mkr', '2024', '2023', '2024', '2023'],
      from: [2, 3, 4, 5, 6],
    });
  });

  it('reads nothing when the sub-titles do not repeat, the counts do not fit, or the groups repeat', () => {
    expect(groupedCellTitles(['Län', '2022', '2023', 'Antal', 'Belopp', 'Beviljat', 'Utbetalt'], 5)).toBeNull();
    expect(groupedCellTitles(['Län', '2022', '2023', 'Antal', 'Belopp', 'Antal'], 4)).toBeNull();
    expect(groupedCellTitles(['Län', 'Antal', 'Belopp', 'Antal', 'Belopp'], 5)).toBeNull();
    expect(groupedCellTitles(['Län', '2022', '2022', 'Antal', 'Belopp', 'Antal', 'Belopp'], 5)).toBeNull();
  });
});

describe('a one-cell-a-line table under group titles over pairs of columns', () => {
  it('reads a cell a line, years over counts and amounts, each value under its own column', () => {
    const text = [
      'Tabell 3. Ansökningar och beviljade medel per län',
      '',
      ...['Län', '2022', '2023', 'Antal', 'Belopp, tkr', 'Antal', 'Belopp, tkr'],
      ...['Stockholms län', '120', '4 500', '130', '4 800'],
      ...['Uppsala län', '40', '1 200', '45', '1 350'],
      ...['Skåne län', '90', '3 100', '95', '3 300'],
      ...['Västra Götalands län', '110', '3 900', '115', '4 100'],
      ...['Totalt', '360', '12 700', '385', '13 550'],
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['2022 / Antal', '2022 / Belopp, tkr', '2023 / Antal', '2023 / Belopp, tkr']);
    expect(t!.columns.map((c) => c.unit)).toEqual(['count', 'SEK', 'count', 'SEK']);
    expect(rowsOf(t!)).toEqual([
      ['Stockholms län', '120', '4500000', '130', '4800000'],
      ['Uppsala län', '40', '1200000', '45', '1350000'],
      ['Skåne län', '90', '3100000', '95', '3300000'],
      ['Västra Götalands län', '110', '3900000', '115', '4100000'],
      ['Totalt', '360', '12700000', '385', '13550000'],
    ]);
  });

  it('reads cells between blank lines, a unit and a share under each of two periods', () => {
    const cells = [
      ...['Verksamhet', 'Budget 2024', 'Utfall 2024', 'Mnkr', 'Andel, %', 'Mnkr', 'Andel, %'],
      ...['Skola', '412', '41', '420', '40'],
      ...['Vård och omsorg', '380', '38', '401', '39'],
      ...['Kultur', '58', '6', '60', '6'],
      ...['Teknik', '150', '15', '155', '15'],
      ...['Summa', '1 000', '100', '1 036', '100'],
    ];
    const [t] = tablesOf(['Kostnader per verksamhet', '', ...cells.flatMap((c) => [c, ''])].join('\n'));
    expect(headers(t!)).toEqual(['Budget 2024 / Mnkr', 'Budget 2024 / Andel, %', 'Utfall 2024 / Mnkr', 'Utfall 2024 / Andel, %']);
    expect(t!.columns.map((c) => c.unit)).toEqual(['SEK', 'percent', 'SEK', 'percent']);
    expect(rowsOf(t!)[4]).toEqual(['Summa', '1000000000', '100', '1036000000', '100']);
    expect(rowsOf(t!)[1]).toEqual(['Vård och omsorg', '380000000', '38', '401000000', '39']);
  });

  it('takes the rows\' title after year groups, and a place title after the groups, never as a group', () => {
    const years = [
      ...['2022', '2023', 'Län', 'Belopp', 'Andel', 'Belopp', 'Andel'],
      ...['Kalmar län', '300', '30', '330', '30'],
      ...['Jönköpings län', '500', '50', '550', '50'],
      ...['Kronobergs län', '200', '20', '220', '20'],
      ...['Totalt', '1 000', '100', '1 100', '100'],
    ];
    const [t] = tablesOf(['Medel per län (tkr)', '', ...years].join('\n'));
    expect(headers(t!)).toEqual(['2022 / Belopp', '2022 / Andel', '2023 / Belopp', '2023 / Andel']);
    const groups = [
      ...['Sökt', 'Beviljat', 'Region', 'Antal', 'Kronor', 'Antal', 'Kronor'],
      ...['Region Halland', '12', '400', '8', '300'],
      ...['Region Skåne', '20', '900', '15', '600'],
      ...['Region Blekinge', '6', '200', '4', '100'],
      ...['Region Kalmar län', '9', '300', '7', '250'],
    ];
    const [u] = tablesOf(['Ansökningar per region', '', ...groups.flatMap((c) => [c, ''])].join('\n'));
    expect(headers(u!)).toEqual(['Sökt / Antal', 'Sökt / Kronor', 'Beviljat / Antal', 'Beviljat / Kronor']);
    expect(rowsOf(u!)[0]![0]).toBe('Region Halland');
  });

  it('reads a unit row under the sub-titles, and a title over every group', () => {
    const units = [
      ...['Sökt', 'Beviljat', 'Kommun', 'Antal', 'Belopp', 'Antal', 'Belopp', 'st', 'tkr', 'st', 'tkr'],
      ...['Ale', '5', '300', '4', '250'],
      ...['Lerum', '8', '500', '6', '400'],
      ...['Alingsås', '3', '200', '2', '120'],
      ...['Vårgårda', '2', '100', '2', '90'],
    ];
    const [t] = tablesOf(['Ansökningar per kommun', '', ...units].join('\n'));
    expect(headers(t!)).toEqual(['Sökt / Antal st', 'Sökt / Belopp tkr', 'Beviljat / Antal st', 'Beviljat / Belopp tkr']);
    expect(rowsOf(t!)[1]).toEqual(['Lerum', '8', '500000', '6', '400000']);
    const over = [
      ...['Utbildningsplatser', 'Hösten', 'Våren', 'Län', 'Platser', 'Sökande', 'Platser', 'Sökande'],
      ...['Kalmar län', '40', '90', '35', '80'],
      ...['Blekinge län', '30', '60', '30', '55'],
      ...['Gotlands län', '10', '25', '12', '20'],
      ...['Skåne län', '120', '300', '110', '280'],
    ];
    const [u] = tablesOf(['Platser per län', '', ...over.flatMap((c) => [c, ''])].join('\n'));
    expect(headers(u!)).toEqual(['Utbildningsplatser Hösten / Platser', 'Utbildningsplatser Hösten / Sökande', 'Utbildningsplatser Våren / Platser', 'Utbildningsplatser Våren / Sökande']);
  });
});

describe('group titles over runs of years of different lengths', () => {
  it('puts each group over its own run of years, up or down', () => {
    expect(groupedCellTitles(['Män', 'Drift', 'Region', '1997', '1998', '1997'], 4)?.top).toEqual(['', 'Män', 'Män', 'Drift']);
    expect(groupedCellTitles(['Kommun', 'Budget', 'Utfall', '2024', '2023', '2022', '2024'], 5)?.top).toEqual(['', 'Budget', 'Budget', 'Budget', 'Utfall']);
    expect(groupedCellTitles(['Kommun', 'Budget', 'Utfall', '2022', '2022', '2023'], 4)?.top).toEqual(['', 'Budget', 'Utfall', 'Utfall']);
  });

  it('reads nothing where the runs do not match the groups or the years skip', () => {
    expect(groupedCellTitles(['Kommun', 'Budget', 'Utfall', '2021', '2022', '2023'], 4)).toBeNull();
    expect(groupedCellTitles(['Kommun', 'Budget', 'Utfall', '2010', '2015', '2010'], 4)).toBeNull();
  });

  it('heads a table pasted one cell a line, rows set apart by blank lines', () => {
    const text = ['Tabell 2. Kostnader per län, tkr', '', 'Budget', 'Utfall', 'Län', '2022', '2023', '2022', '', 'Uppsala län', '1 200', '1 300', '1 250', '', 'Gotlands län', '400', '420', '410', '', 'Hallands län', '900', '950', '940', '', 'Summa', '2 500', '2 670', '2 600', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['Budget / 2022', 'Budget / 2023', 'Utfall / 2022']);
    expect(rowsOf(t!)).toEqual([
      ['Uppsala län', '1200000', '1300000', '1250000'],
      ['Gotlands län', '400000', '420000', '410000'],
      ['Hallands län', '900000', '950000', '940000'],
      ['Summa', '2500000', '2670000', '2600000'],
    ]);
  });
});

describe('group titles over sub-titles that repeat only up to their parts ("därav", "varav")', () => {
  it('groups runs that open with the same title and go on with part titles', () => {
    expect(partTitleGroups(['Totalt', 'därav bidrag', 'därav lån', 'Totalt', 'därav bidrag'])).toEqual([0, 0, 0, 1, 1]);
    expect(partTitleGroups(['Summa', 'varav drift', 'Summa', 'Varav investering', 'Summa', 'varav drift'])).toEqual([0, 0, 1, 1, 2, 2]);
    // A title that is no part, a run opened by a part, or no part at all: no grouping of this kind.
    expect(partTitleGroups(['Totalt', 'därav bidrag', 'Antal', 'Totalt', 'därav bidrag'])).toBeNull();
    expect(partTitleGroups(['därav bidrag', 'Totalt', 'därav bidrag', 'Totalt'])).toBeNull();
    expect(partTitleGroups(['Totalt', 'Antal', 'Totalt', 'Antal'])).toBeNull();
    expect(partTitleGroups(['Totalt', 'därav bidrag', 'därav lån'])).toBeNull();
    expect(groupedCellTitles(['Län', '2022', '2023', 'Totalt', 'därav bidrag', 'Totalt', 'därav lån'], 5)?.top).toEqual(['', '2022', '2022', '2023', '2023']);
    expect(groupedCellTitles(['Län', '2022', '2023', '2024', 'Totalt', 'därav bidrag', 'Totalt', 'därav lån'], 5)).toBeNull();
  });

  const regions = [
    ['Stockholms län', '410', '150', '60', '430', '170'],
    ['Uppsala län', '120', '45', '20', '125', '50'],
    ['Hallands län', '95', '30', '15', '99', '33'],
    ['Summa', '625', '225', '95', '654', '253'],
  ];
  const expectRows = (t: Table | undefined, scale: string): void => {
    expect(rowsOf(t!)).toEqual(regions.map(([label, ...v]) => [label!, ...v.map((x) => `${x}${scale}`)]));
  };

  it('reads them pasted one cell a line without blank lines, two groups of different widths under a caption', () => {
    const text = ['Stöd och lån till länen, mnkr', '', 'Län', '2022', '2023', 'Totalt', 'därav bidrag', 'därav lån', 'Totalt', 'därav bidrag', ...regions.flat(), ''].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['2022 / Totalt', '2022 / därav bidrag', '2022 / därav lån', '2023 / Totalt', '2023 / därav bidrag']);
    expectRows(t, '000000');
  });

  it('reads them with a caption right above, no blank line, and "varav" parts over three groups', () => {
    const rows = [
      ['Region Skåne', '80', '30', '85', '31', '12', '90', '33'],
      ['Region Halland', '40', '12', '42', '14', '6', '44', '15'],
      ['Region Kronoberg', '25', '8', '27', '9', '3', '29', '10'],
      ['Totalt', '145', '50', '154', '54', '21', '163', '58'],
    ];
    const text = ['Fördelning per region i tusental kronor', 'Region', 'Budget', 'Prognos', 'Utfall', 'Summa', 'varav drift', 'Summa', 'varav drift', 'varav investering', 'Summa', 'varav drift', ...rows.flat(), ''].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['Budget / Summa', 'Budget / varav drift', 'Prognos / Summa', 'Prognos / varav drift', 'Prognos / varav investering', 'Utfall / Summa', 'Utfall / varav drift']);
    expect(rowsOf(t!).map((r) => r[0])).toEqual(rows.map((r) => r[0]));
    expect(rowsOf(t!)[3]).toEqual(['Totalt', '145000', '50000', '154000', '54000', '21000', '163000', '58000']);
  });

  it('reads them with a blank line between cells, "varav" parts over three groups', () => {
    const rows = [
      ['Region Skåne', '80', '30', '85', '31', '12', '90', '33'],
      ['Region Halland', '40', '12', '42', '14', '6', '44', '15'],
      ['Region Kronoberg', '25', '8', '27', '9', '3', '29', '10'],
      ['Totalt', '145', '50', '154', '54', '21', '163', '58'],
    ];
    const cells = ['Region', '2021', '2022', '2023', 'Summa', 'varav drift', 'Summa', 'varav drift', 'varav investering', 'Summa', 'varav drift', ...rows.flat()];
    const text = ['Bidrag per region', '', ...cells.flatMap((c) => [c, '']), 'Källa: egen sammanställning.'].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['2021 / Summa', '2021 / varav drift', '2022 / Summa', '2022 / varav drift', '2022 / varav investering', '2023 / Summa', '2023 / varav drift']);
    expect(rowsOf(t!)).toEqual(rows);
  });

  it('reads them with a blank line between cells, "därav" parts over two groups', () => {
    const cells = ['Län', 'Beviljat', 'Utbetalt', 'Totalt', 'därav bidrag', 'därav lån', 'Totalt', 'därav bidrag', ...regions.flat()];
    const text = ['Medel per län (tkr)', '', ...cells.flatMap((c) => [c, '']), 'Uppgifterna avser helår.'].join('\n');
    const [t] = tablesOf(text);
    expect(headers(t!)).toEqual(['Beviljat / Totalt', 'Beviljat / därav bidrag', 'Beviljat / därav lån', 'Utbetalt / Totalt', 'Utbetalt / därav bidrag']);
    expectRows(t, '000');
  });
});
