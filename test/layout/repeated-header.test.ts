import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { headsNextTable, repeatsHeader } from '../../src/layout/repeated-header.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A statement printed as text that runs on into its notes, each note with a header of its own
 * ("tkr 2022 2021"), and a report with one table under the next. Written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a header again inside a table (repeated-header.ts)', () => {
  it('knows a unit heading with years, and the header years alone, from a row of figures', () => {
    expect(repeatsHeader(['tkr'], ['2022', '2021'], ['2022', '2021'])).toBe(true);
    expect(repeatsHeader(['Belopp', 'i', 'mnkr'], ['2019', '2018'], null)).toBe(true);
    expect(repeatsHeader([], ['2022', '2021'], ['2022', '2021'])).toBe(true);
    // Years alone that are not the header's, or not in its order, may be figures.
    expect(repeatsHeader([], ['2021', '2022'], ['2022', '2021'])).toBe(false);
    expect(repeatsHeader([], ['2022', '2021'], null)).toBe(false);
    // A label that names no unit: a row whose figures happen to look like years.
    expect(repeatsHeader(['Antal', 'födda'], ['2022', '2021'], ['2022', '2021'])).toBe(false);
    expect(repeatsHeader(['tkr'], ['2 022', '2021'], null)).toBe(false);
  });

  it('ends a statement where a note begins with "tkr" and its years, and reads the note as a table of its own', () => {
    const text = [
      'Resultaträkning',
      '',
      'Belopp i tkr Not 2022 2021',
      'Hyresintäkter 1 84 512 80 104',
      'Övriga intäkter 2 3 118 2 870',
      'Driftkostnader 3 -41 230 -38 911',
      'Årets resultat 46 400 44 063',
      '',
      'Not 1 Hyresintäkter',
      '',
      'tkr 2022 2021',
      'Bostäder 70 310 66 985',
      'Lokaler 14 202 13 119',
      'Summa 84 512 80 104',
      '',
    ].join('\n');
    const ts = tablesOf(text);
    expect(ts).toHaveLength(2);
    expect(rowsOf(ts[0]!)).toEqual([
      ['Hyresintäkter', '84512000', '80104000'],
      ['Övriga intäkter', '3118000', '2870000'],
      ['Driftkostnader', '-41230000', '-38911000'],
      ['Årets resultat', '46400000', '44063000'],
    ]);
    expect(rowsOf(ts[1]!)).toEqual([
      ['Bostäder', '70310000', '66985000'],
      ['Lokaler', '14202000', '13119000'],
      ['Summa', '84512000', '80104000'],
    ]);
  });

  it('reads the same in another layout: millions, a heading above, and the years alone repeated', () => {
    const text = [
      'Mnkr 2019 2018',
      'Skatteintäkter 5 210,4 5 002,7',
      'Statsbidrag 1 402,1 1 388,0',
      'Summa 6 612,5 6 390,7',
      '',
      'Kostnader per nämnd',
      '2019 2018',
      'Barn och utbildning 2 911,2 2 804,3',
      'Vård och omsorg 2 455,0 2 390,6',
      'Samhällsbyggnad 650,9 601,1',
      '',
    ].join('\n');
    const ts = tablesOf(text);
    expect(ts).toHaveLength(2);
    expect(rowsOf(ts[0]!)).toEqual([
      ['Skatteintäkter', '5210400000', '5002700000'],
      ['Statsbidrag', '1402100000', '1388000000'],
      ['Summa', '6612500000', '6390700000'],
    ]);
    // The second header states no unit: it takes the millions of the table above as a guess (part-unit.ts), every cell saying so.
    expect(rowsOf(ts[1]!)).toEqual([
      ['Barn och utbildning', '2911200000', '2804300000'],
      ['Vård och omsorg', '2455000000', '2390600000'],
      ['Samhällsbyggnad', '650900000', '601100000'],
    ]);
    expect(ts[1]!.rows.every((r) => r.cells.every((c) => c.uncertain !== undefined))).toBe(true);
  });

  it('keeps a row whose figures look like years under a label that names no unit', () => {
    const text = ['Befolkning 2022 2021', 'Invånare 12 410 12 388', 'Antal födda 2022 2021', 'Antal döda 1 180 1 204', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.rows.map((r) => r.label)).toEqual(['Invånare', 'Antal födda', 'Antal döda']);
  });

  it("knows a line that heads a table of its own: the header's titles again, or a subject, a year and titles", () => {
    const header = ['Befolkning', '2023', 'Totalt', 'Kvinnor', 'Män'];
    expect(headsNextTable('Utbildning (25-64 år) 2023 Totalt Kvinnor Män', header)).toEqual({ same: true, subject: 'Utbildning (25-64 år) 2023', titles: ['Totalt', 'Kvinnor', 'Män'] });
    expect(headsNextTable('Bostäder 2023 Antal lägenheter Antal boende', header)).toEqual({ same: false, subject: 'Bostäder 2023', titles: ['Antal lägenheter', 'Antal boende'] });
    // A section heading names no columns; one title after the year is not enough.
    expect(headsNextTable('Rörelsens kostnader', header)).toBeNull();
    expect(headsNextTable('Hushåll 2023 Antal', header)).toBeNull();
    expect(headsNextTable('Intäkter enligt plan 2024', header)).toBeNull();
  });

  it("cuts a fact page's stack of small tables into tables, each under its own titles", () => {
    const text = [
      'Område 2023 Totalt Kvinnor Män',
      'Invånare 48 210 24 020 24 190',
      'Födda 512 250 262',
      'Döda 431 220 211',
      'Utbildning (25-64 år) 2023 Totalt Kvinnor Män',
      'Förgymnasial 3 102 1 350 1 752',
      'Gymnasial 11 840 5 610 6 230',
      'Eftergymnasial 9 912 5 540 4 372',
      'Bostäder 2023 Antal lägenheter Antal boende',
      'Flerbostadshus 12 402 21 930',
      'Småhus 9 118 25 040',
      '',
    ].join('\n');
    const ts = tablesOf(text);
    expect(ts.map((t) => t.caption)).toEqual([null, 'Utbildning (25-64 år) 2023', 'Bostäder 2023']);
    expect(rowsOf(ts[1]!)).toEqual([
      ['Förgymnasial', '3102', '1350', '1752'],
      ['Gymnasial', '11840', '5610', '6230'],
      ['Eftergymnasial', '9912', '5540', '4372'],
    ]);
    expect(ts[2]!.columns.map((c) => c.header.join(' ')).slice(0, 2)).toEqual(['Antal lägenheter', 'Antal boende']);
    expect(rowsOf(ts[2]!).map((r) => r.slice(0, 3))).toEqual([
      ['Flerbostadshus', '12402', '21930'],
      ['Småhus', '9118', '25040'],
    ]);
  });

  it('reads the same in another layout: years first in the titles, a heading between that stays a section', () => {
    const text = [
      'Nyckeltal 2024 Riket Länet',
      'Arbetslöshet 6,8 7,4',
      'Sysselsättning 69,1 67,0',
      'Nya företag 1 204 98',
      'Ekonomi',
      'Skattesats 32,4 33,1',
      'Hälsa 2024 Riket Länet',
      'Medellivslängd 83,1 82,6',
      'Ohälsotal 22,4 25,0',
      '',
    ].join('\n');
    const ts = tablesOf(text);
    expect(ts).toHaveLength(2);
    // "Ekonomi" names no columns: a section of the first table.
    expect(ts[0]!.rows.map((r) => r.label)).toEqual(['Arbetslöshet', 'Sysselsättning', 'Nya företag', 'Ekonomi', 'Skattesats']);
    expect(ts[1]!.caption).toBe('Hälsa 2024');
    expect(rowsOf(ts[1]!)).toEqual([
      ['Medellivslängd', '83.1', '82.6'],
      ['Ohälsotal', '22.4', '25'],
    ]);
  });

  it('gives a table headed by a line of its own its header row also when the table above had none', () => {
    const ts = tablesOf('Invånare 48 210 24 020 24 190\nFödda 512 250 262\nDöda 431 220 211\nBostäder 2023 Antal lägenheter Antal boende\nFlerbostadshus 12 402 21 930\nSmåhus 9 118 25 040\n');
    const t = ts[ts.length - 1]!;
    expect(t.caption).toBe('Bostäder 2023');
    expect(t.columns.map((c) => c.header.join(' ')).slice(0, 2)).toEqual(['Antal lägenheter', 'Antal boende']);
    expect(t.rows.map((r) => r.label)).toEqual(['Flerbostadshus', 'Småhus']);
  });
});
