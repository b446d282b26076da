import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { isTitledNumberLine, isTitledYearLine } from '../../src/layout/titled-years.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Header lines whose column titles each end in a year, over single-spaced rows. Written for this test. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('isTitledYearLine', () => {
  it('takes titles that each end in a year', () => {
    expect(isTitledYearLine('Not Bokslut 2014 Budget 2015 Plan 2016')).toBe(true);
    expect(isTitledYearLine('Mnkr Utfall 2022 Prognos 2023')).toBe(true);
  });
  it('refuses one year, figures other than years, and sentences', () => {
    expect(isTitledYearLine('Budget 2015')).toBe(false);
    expect(isTitledYearLine('Skolan 2015 120 2016')).toBe(false);
    expect(isTitledYearLine('2014 2015 2016')).toBe(false);
    expect(isTitledYearLine('Kostnaden ökade mellan 2014 och 2015.')).toBe(false);
  });
});

describe('single-spaced tables under titles that each name a year', () => {
  it('reads the note column apart from the figures, and each title with its year', () => {
    const text = [
      'Resultatplan, miljoner kronor',
      'Not Bokslut 2022 Budget 2023 Plan 2024',
      'Avgifter 1 112,4 118,0 121,5',
      'Personal 2 -1 004,6 -1 050,2 -1 080,9',
      'Lokaler -58,1 -60,0 -61,2',
      'Nettokostnad -950,3 -992,2 -1 020,6',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Bokslut 2022', 'Budget 2023', 'Plan 2024']);
    expect(rowsOf(t!)).toEqual([
      ['Avgifter', '112400000', '118000000', '121500000'],
      ['Personal', '-1004600000', '-1050200000', '-1080900000'],
      ['Lokaler', '-58100000', '-60000000', '-61200000'],
      ['Nettokostnad', '-950300000', '-992200000', '-1020600000'],
    ]);
  });

  it('keeps the unit before the first title as the label column', () => {
    const text = ['Tkr Utfall 2023 Prognos 2024', 'Bibliotek 4 120 4 300', 'Simhall 2 800 2 950', 'Fritidsgårdar 1 450 1 500', 'Summa 8 370 8 750', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Utfall 2023', 'Prognos 2024']);
    expect(rowsOf(t!)).toEqual([
      ['Bibliotek', '4120000', '4300000'],
      ['Simhall', '2800000', '2950000'],
      ['Fritidsgårdar', '1450000', '1500000'],
      ['Summa', '8370000', '8750000'],
    ]);
  });

  it('takes words after the last year as one more title, across a blank line under the header', () => {
    const text = ['Mnkr Budget 2024 Prognos 2024 Differens', '     ', 'Hemtjänst 310,5 318,0 -7,5', 'Särskilt boende 402,0 398,5 3,5', 'LSS 150,2 151,0 -0,8', 'Summa 862,7 867,5 -4,8', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Budget 2024', 'Prognos 2024', 'Differens']);
    expect(rowsOf(t!)).toEqual([
      ['Hemtjänst', '310500000', '318000000', '-7500000'],
      ['Särskilt boende', '402000000', '398500000', '3500000'],
      ['LSS', '150200000', '151000000', '-800000'],
      ['Summa', '862700000', '867500000', '-4800000'],
    ]);
  });
});

describe('a span of years closing a title', () => {
  it('counts the span as a year: one title, one column', () => {
    expect(isTitledYearLine('Tkr Utfall 2021 Budget 2022 Totalt 2021–2022')).toBe(true);
    expect(isTitledYearLine('Mnkr Plan 2023 Plan 2024 Summa 2023-24')).toBe(true);
    // A span with no title word before it is a figure of a row, as a bare year is.
    expect(isTitledYearLine('Skolan 2019-2020 2021')).toBe(false);
  });

  it('reads a table whose last title is a span of years (spaced rows, en dash)', () => {
    const text = ['Tkr Utfall 2019 Utfall 2020 Budget 2021 Budget 2022 Totalt 2019–2022', 'Skatt 132 544 130 135 80 780 78 530 421 989', 'Avgift 5 900 6 100 6 000 3 900 21 900', 'Summa 138 444 136 235 86 780 82 430 443 889', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Utfall 2019', 'Utfall 2020', 'Budget 2021', 'Budget 2022', 'Totalt 2019–2022']);
    expect(rowsOf(t!)).toEqual([
      ['Skatt', '132544000', '130135000', '80780000', '78530000', '421989000'],
      ['Avgift', '5900000', '6100000', '6000000', '3900000', '21900000'],
      ['Summa', '138444000', '136235000', '86780000', '82430000', '443889000'],
    ]);
  });

  it('reads a span between the years (hyphen, two-digit end, minus signs)', () => {
    const text = ['Investeringar Plan 2023 Plan 2024 Summa 2023-24 Budget 2025', 'Skolor 12 500 8 000 20 500 4 000', 'Vägar -1 200 3 400 2 200 1 100', 'Totalt 11 300 11 400 22 700 5 100', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Plan 2023', 'Plan 2024', 'Summa 2023-24', 'Budget 2025']);
    expect(rowsOf(t!).map((r) => r.map((v) => String(v).replace('?', '')))).toEqual([
      ['Skolor', '12500', '8000', '20500', '4000'],
      ['Vägar', '-1200', '3400', '2200', '1100'],
      ['Totalt', '11300', '11400', '22700', '5100'],
    ]);
  });
});

describe('years side by side, then one more title', () => {
  it('takes years that follow each other as titles of their own', () => {
    expect(isTitledYearLine('Not 2019 2020 Förändring')).toBe(true);
    expect(isTitledYearLine('Tkr 2022 2023')).toBe(true);
    expect(isTitledYearLine('Tkr 2019 2021')).toBe(false);
  });

  it('reads a statement under "Not 2019 2020 Förändring" with the change as a third column', () => {
    const text = [
      'Balansräkning, miljoner kronor',
      'Not 2019 2020 Förändring',
      'Fordringar 4 1 250 300 1 310 450 60 150',
      'Kassa och bank 5 48 200 51 900 3 700',
      'Summa tillgångar 1 298 500 1 362 350 63 850',
      '',
    ].join('\n');
    expect(rowsOf(tablesOf(text)[0]!)).toEqual([
      ['Fordringar', '1250300000000', '1310450000000', '60150000000'],
      ['Kassa och bank', '48200000000', '51900000000', '3700000000'],
      ['Summa tillgångar', '1298500000000', '1362350000000', '63850000000'],
    ]);
  });

  it('reads "Tkr 2022 2023 Avvikelse" without a note column the same way', () => {
    const text = ['Tkr 2022 2023 Avvikelse', 'Intäkter 12 400 13 100 700', 'Kostnader -11 950 -12 300 -350', 'Resultat 450 800 350', ''].join('\n');
    const t = tablesOf(text)[0]!;
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2023', 'Avvikelse']);
    expect(rowsOf(t).map((r) => r.map((v) => (typeof v === 'string' ? v.replace('?', '') : v)))).toEqual([
      ['Intäkter', '12400000', '13100000', '700000'],
      ['Kostnader', '-11950000', '-12300000', '-350000'],
      ['Resultat', '450000', '800000', '350000'],
    ]);
  });
});

describe('a header of many years, one title repeated after or before each', () => {
  it('takes a long line only where one title stands between every year and the next', () => {
    const years = (n: number, f: (y: number) => string) => Array.from({ length: n }, (_, k) => f(2001 + k)).join(' ');
    expect(isTitledYearLine(`Kod ${years(13, (y) => `${y} (mnkr)`)}`)).toBe(true);
    expect(isTitledYearLine(`Län Utfall ${years(9, (y) => String(y)).split(' ').join(' Utfall ')}`)).toBe(true);
    // Titles that differ, and a line of words with years in it, stay no header when that long.
    expect(isTitledYearLine(`Kod ${years(6, (y) => `${y} (mnkr) ${y} (tkr)`)}`)).toBe(false);
    expect(isTitledYearLine('Under åren 2001 och 2002 samt 2003 och 2004 fick kommunerna i länet mer stöd än de hade fått tidigare år 2005 och 2006')).toBe(false);
  });

  it('reads thirteen columns of years under it, each row a code, a region and small figures, blanks among them', () => {
    const head = `Kod ${Array.from({ length: 13 }, (_, k) => `${2001 + k} (mnkr)`).join(' ')}`;
    const text = [
      'Utfall per län',
      '',
      head,
      '07 Region Kronoberg 990 464 585 818 798 566 399 541 78 881 428 630 415',
      '13 Region Halland 208 995 <5 .. 370 268 568 <5 885 812 900 920 714',
      '23 Region Jämtland Härjedalen 459 588 229 280 41 185 465 93 254 814 717 772 320',
      '19 Region Västmanland 118 417 180 749 480 657 613 819 963 817 23 614 887',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(Array.from({ length: 13 }, (_, k) => `${2001 + k} (mnkr)`));
    expect(t!.rows.map((r) => [r.code, r.label, r.cells[0]!.value?.toFixed(), r.cells[12]!.value?.toFixed()])).toEqual([
      ['07', 'Region Kronoberg', '990000000', '415000000'],
      ['13', 'Region Halland', '208000000', '714000000'],
      ['23', 'Region Jämtland Härjedalen', '459000000', '320000000'],
      ['19', 'Region Västmanland', '118000000', '887000000'],
    ]);
  });
});

describe('a header line of titles that each close with a small number', () => {
  it('takes titles each closed by a number after a word, and no other line', () => {
    expect(isTitledNumberLine('Länskod tkr Del 1 Del 2 Del 3')).toBe(true);
    expect(isTitledNumberLine('Område Period 1 Period 2 Kvartal 4')).toBe(true);
    // A row's label and its one value, two figures side by side, a sentence, one title alone.
    expect(isTitledNumberLine('Fas 3 Projekt 12 400')).toBe(false);
    expect(isTitledNumberLine('Insatser 12 14')).toBe(false);
    expect(isTitledNumberLine('Se avsnitt 4 och bilaga 2.')).toBe(false);
    expect(isTitledNumberLine('Kvartal 1')).toBe(false);
  });

  it('reads it as the header of single-spaced rows, its last number no value', () => {
    const text = ['Utbetalt per kommun', '', 'Kommun Del 1 Del 2 Del 3', 'Borås 79 73 15', 'Alingsås 57 88 12', 'Lerum 29 35 7', 'Summa 165 196 34', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Del 1', 'Del 2', 'Del 3']);
    expect(rowsOf(t!)).toEqual([
      ['Borås', '79', '73', '15'],
      ['Alingsås', '57', '88', '12'],
      ['Lerum', '29', '35', '7'],
      ['Summa', '165', '196', '34'],
    ]);
  });

  it('reads it under a code column, quarters as titles', () => {
    const text = ['Ärenden per län', '', 'Kod Län Kvartal 1 Kvartal 2', '01 Stockholms län 412 388', '03 Uppsala län 96 101', '04 Södermanlands län 57 60', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Kvartal 1', 'Kvartal 2']);
    expect(t!.rows.map((r) => [r.code, r.label, ...r.cells.map((c) => c.value?.toFixed())])).toEqual([
      ['01', 'Stockholms län', '412', '388'],
      ['03', 'Uppsala län', '96', '101'],
      ['04', 'Södermanlands län', '57', '60'],
    ]);
  });
});

describe('a line of titles closed by small numbers under lines of group titles', () => {
  it('counts the columns by that line, a group title over all of them naming the table', () => {
    // "57 753 100 565 92 150" reads as two, three or four figures: the three titles under the group say three.
    const text = ['Tabell 1 Utbetalningar 2013, tkr', '', 'Utbetalda medel', 'Kod Kommun Period 1 Kvartal 2 Period 3', '4000 Malmö 57 753 100 565 92 150', '9001 Gnesta 75 390 74 900 46 840', 'Totalt 133 143 175 465 138 990', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Period 1', 'Kvartal 2', 'Period 3']);
    expect(t!.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['4000', 'Malmö', '57753000', '100565000', '92150000'],
      ['9001', 'Gnesta', '75390000', '74900000', '46840000'],
      [null, 'Totalt', '133143000', '175465000', '138990000'],
    ]);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('spans two groups over repeated titles, a title line above them naming the table', () => {
    const text = ['Fördelning av medel 2021, tkr', '', 'Ekonomisk plan', 'Drift Investering', 'Konto Område Del 1 Del 2 Del 1 Del 2', '3010 Norra distriktet 12 450 8 300 1 200 950', '3020 Södra distriktet 9 875 10 020 640 1 410', 'Summa 22 325 18 320 1 840 2 360', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.caption).toBe('Ekonomisk plan');
    expect(t!.columns.map((c) => c.header.join(' / '))).toEqual(['Drift / Del 1', 'Drift / Del 2', 'Investering / Del 1', 'Investering / Del 2']);
    expect(rowsOf(t!)).toEqual([
      // "12 450 8 300 1 200 950" splits into four figures two ways ("… | 1 200 | 950" or "12 | 450 | 8 300 | 1 200 950"): the sizes choose, a guess.
      ['Norra distriktet', '12450000?', '8300000?', '1200000?', '950000?'],
      ['Södra distriktet', '9875000?', '10020000?', '640000?', '1410000?'],
      ['Summa', '22325000', '18320000', '1840000', '2360000'],
    ]);
    // A changed figure under the total: the column it stands in disagrees, a warning (the split was a guess), not an error.
    const wrong = text.replace('12 450 8 300', '12 450 8 700');
    expect(findingsOf(columnTotal, wrong).map((f) => [f.severity, f.message.includes('"Drift / Del 2"'), f.message.includes('18 720 000')])).toEqual([['warning', true, true]]);
  });
});
