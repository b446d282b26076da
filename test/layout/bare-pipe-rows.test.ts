import { describe, expect, it } from 'vitest';
import { isBarePipeRow } from '../../src/layout/bare-pipe-rows.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Rows whose cells are set apart by " | " with no pipe at either end and no delimiter row:
 * tables written for this test in several shapes, values checked by hand.
 */
const tablesOf = (text: string, file = 't.txt') => docOf({ file, text }).tables;
const rows = (text: string, file = 't.txt'): string[][] =>
  tablesOf(text, file)[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);

describe('rows set apart by " | " without outer pipes', () => {
  it('is a line with a pipe between cells and none at its ends', () => {
    expect(isBarePipeRow('Nämnd | 2023 | 2024')).toBe(true);
    expect(isBarePipeRow('| Nämnd | 2023 |')).toBe(false);
    expect(isBarePipeRow('Nämnd | 2023 |')).toBe(false);
    expect(isBarePipeRow('Nämnd|2023')).toBe(false);
  });

  it('reads a header and rows, the total included, in a text file and in Markdown', () => {
    const text = 'Driftbudget per nämnd (tkr)\n\nNämnd | Budget 2023 | Budget 2024\nKommunstyrelsen | 42 100 | 43 900\nBarn- och utbildningsnämnden | 310 250 | 322 480\nSocialnämnden | 251 600 | 260 020\nSumma | 603 950 | 626 400\n';
    const expected = [
      ['Kommunstyrelsen', '42100000', '43900000'],
      ['Barn- och utbildningsnämnden', '310250000', '322480000'],
      ['Socialnämnden', '251600000', '260020000'],
      ['Summa', '603950000', '626400000'],
    ];
    expect(rows(text)).toEqual(expected);
    expect(rows(text, 't.md')).toEqual(expected);
  });

  it('puts a header one cell short over the last columns: an untitled code column', () => {
    const text = 'Län | Platser | Sökande\n01 | Stockholms län | 1 250 | 3 400\n03 | Uppsala län | 310 | 720\n13 | Hallands län | 80 | 200\n';
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Platser', 'Sökande']);
    expect(t!.rows.map((r) => [r.region?.code ?? null, ...r.cells.map((c) => c.value?.toString() ?? '')])).toEqual([
      ['01', '1250', '3400'],
      ['03', '310', '720'],
      ['13', '80', '200'],
    ]);
  });

  it('puts a header of years one cell short over the values: an untitled label column', () => {
    const text = '2022 | 2023\nNorra distriktet | 1 204 | 1 310\nSödra distriktet | 988 | 1 021\nVästra distriktet | 2 415 | 2 390\n';
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2022', '2023']);
    expect(rows(text)).toEqual([
      ['Norra distriktet', '1204', '1310'],
      ['Södra distriktet', '988', '1021'],
      ['Västra distriktet', '2415', '2390'],
    ]);
  });

  it('reads rows whose first or last cell is empty (a section row, a corner over the labels)', () => {
    const text = ' | Kostnader |  | Intäkter | \nVerksamhet | 2022 | 2023 | 2022 | 2023\nVård och omsorg |  |  |  | \nHemtjänst | 200 | 210 | 4 | 5\nSärskilt boende | 340 | 352 | 40 | 42\nSumma | 540 | 562 | 44 | 47\n';
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' / '))).toEqual(['Kostnader / 2022', 'Kostnader / 2023', 'Intäkter / 2022', 'Intäkter / 2023']);
    expect(rows(text)).toEqual([
      ['Vård och omsorg', '', '', '', ''],
      ['Hemtjänst', '200', '210', '4', '5'],
      ['Särskilt boende', '340', '352', '40', '42'],
      ['Summa', '540', '562', '44', '47'],
    ]);
  });

  it('leaves a menu, two rows, or rows without figures as text', () => {
    expect(tablesOf('Start | Nyheter | Kontakt\n\nVälkommen till kommunen.\n')).toHaveLength(0);
    expect(tablesOf('Nämnd | 2023\nKommunstyrelsen | 42 100\n')).toHaveLength(0);
    expect(tablesOf('Ort | Län | Kommun\nAlby | Stockholms län | Botkyrka\nByn | Uppsala län | Tierp\n')).toHaveLength(0);
    // Rows with outer pipes are pipe rows, not bare ones: two of them make no table either way.
    expect(tablesOf('| Nämnd | 2023 |\n| Kommunstyrelsen | 42 100 |\nNämnd | 2023\n')).toHaveLength(0);
  });
});
