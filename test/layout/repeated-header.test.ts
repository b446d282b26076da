import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { repeatsHeader } from '../../src/layout/repeated-header.js';
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
    // The second header states no unit: its figures stay as printed, not millions by guess.
    expect(rowsOf(ts[1]!)).toEqual([
      ['Barn och utbildning', '2911.2', '2804.3'],
      ['Vård och omsorg', '2455', '2390.6'],
      ['Samhällsbyggnad', '650.9', '601.1'],
    ]);
  });

  it('keeps a row whose figures look like years under a label that names no unit', () => {
    const text = ['Befolkning 2022 2021', 'Invånare 12 410 12 388', 'Antal födda 2022 2021', 'Antal döda 1 180 1 204', ''].join('\n');
    const [t] = tablesOf(text);
    expect(t!.rows.map((r) => r.label)).toEqual(['Invånare', 'Antal födda', 'Antal döda']);
  });
});
