import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { rowNumbersLead, rowNumbersTrail } from '../../src/layout/row-numbers.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Row numbers (a rank list's places, an export's row ids) pasted one cell a line before or after
 * each row's label and figures. Written for this test, in several wordings and layouts.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.code ?? null, r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const isLabel = (t: string): boolean => /\p{L}/u.test(t);

describe('row numbers before each label, one cell a line', () => {
  it('opens each record with its place, the first row kept, under titles copied without separators', () => {
    const text = ['Störst utdelning per förening 2021', '', 'PlaceringFöreningUtdelning (tkr)', '1', 'Norra idrottsföreningen', '4 310', '2', 'Hembygdsgården i Åby', '2 905', '3', 'Kulturhuset Fyren', '1 870', '4', 'Scoutkåren Ekan', '1 120', '5', 'Körsällskapet Lyran', '640', ''].join('\n');
    const [t] = tablesOf(text);
    // A place in a ranking is read as an ordinal count (units.ts), beside the row's own figure.
    expect(t!.columns.map((c) => [c.header.join(' '), c.unit])).toEqual([['Placering', 'count'], ['Utdelning (tkr)', 'SEK']]);
    expect(rowsOf(t!)).toEqual([
      [null, 'Norra idrottsföreningen', '1', '4310000'],
      [null, 'Hembygdsgården i Åby', '2', '2905000'],
      [null, 'Kulturhuset Fyren', '3', '1870000'],
      [null, 'Scoutkåren Ekan', '4', '1120000'],
      [null, 'Körsällskapet Lyran', '5', '640000'],
    ]);
  });

  it('reads ids from 0 between blank lines, a row labelled as a total among them, under a line of titles', () => {
    const cells = ['Löpnr Område År Antal', '0', 'Hela länet', '2020', '412', '1', 'Hela länet', '2021', '430', '2', 'Norrdal', '2020', '150', '3', 'Norrdal', '2021', '161', '4', 'Söderby', '2020', '262', '5', 'Söderby', '2021', '269'];
    const [t] = tablesOf(`Antal anmälda skador\n\n${cells.join('\n\n')}\n`);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Antal']);
    expect(rowsOf(t!)).toEqual([
      ['0', 'Hela länet | 2020', '412'],
      ['1', 'Hela länet | 2021', '430'],
      ['2', 'Norrdal | 2020', '150'],
      ['3', 'Norrdal | 2021', '161'],
      ['4', 'Söderby | 2020', '262'],
      ['5', 'Söderby | 2021', '269'],
    ]);
  });
});

describe('row numbers after each row, one cell a line', () => {
  it('gives the row-number column no title where the line of titles is one short', () => {
    const cells = ['Grupp Period Värde (kr)', 'Samtliga', '2021', '5200', '0', 'Flickor', '2021', '2500', '1', 'Pojkar', '2021', '2700', '2', 'Samtliga', '2022', '5400', '3', 'Flickor', '2022', '2600', '4', 'Pojkar', '2022', '2800', '5'];
    const [t] = tablesOf(`Stipendier\n\nUtdelat belopp\n\n${cells.join('\n\n')}\n`);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Värde (kr)']);
    expect(rowsOf(t!).map((r) => r.slice(1))).toEqual([
      ['Samtliga | 2021', '5200'],
      ['Flickor | 2021', '2500'],
      ['Pojkar | 2021', '2700'],
      ['Samtliga | 2022', '5400'],
      ['Flickor | 2022', '2600'],
      ['Pojkar | 2022', '2800'],
    ]);
  });
});

describe('the count itself', () => {
  it('takes numbers counting up by one, each before a label, and nothing else', () => {
    expect(rowNumbersLead(['1', 'A', '10', '2', 'B', '20', '3', 'C', '30'], 0, 3, isLabel)).toBe(true);
    expect(rowNumbersLead(['26', 'A', '10', '27', 'B', '20', '28', 'C', '30'], 0, 3, isLabel)).toBe(true);
    // Codes that skip, or figures where the label goes, are no row numbers.
    expect(rowNumbersLead(['1', 'A', '10', '3', 'B', '20', '4', 'C', '30'], 0, 3, isLabel)).toBe(false);
    expect(rowNumbersLead(['1', '5', '10', '2', '6', '20', '3', '7', '30'], 0, 3, isLabel)).toBe(false);
    expect(rowNumbersTrail(['A', '10', '0', 'B', '20', '1', 'C', '30', '2'], 0, 3, isLabel)).toBe(true);
    expect(rowNumbersTrail(['A', '10', '7', 'B', '20', '3', 'C', '30', '9'], 0, 3, isLabel)).toBe(false);
  });
});

describe('a "#" title over row numbers, space-aligned', () => {
  const columnsOf = (text: string) => tablesOf(text)[0]?.columns.map((c) => c.header.join(' '));

  it('is the table’s header, not a heading, in a list of one figure and in one of two', () => {
    const one = ['Bidrag per kommun, mnkr', '', '#    Kommun       Bidrag', '1    Ale            20', '2    Borås          15', '3    Vara           10', '     Totalt         45', ''].join('\n');
    expect(columnsOf(one)).toEqual(['Bidrag']);
    const two = ['Medlemmar per förening', '', '#   Förening        Kvinnor    Män', '0   Lyran               120     98', '1   Ekan                 64     71', '2   Fyren                40     33', '3   Åby                  12     20', ''].join('\n');
    expect(columnsOf(two)).toEqual(['Kvinnor', 'Män']);
  });

  it('leaves a Markdown heading a heading', () => {
    const doc = docOf({ file: 'h.txt', text: ['# Inledning', '', 'Kommunen fick 20 miljoner kronor.', ''].join('\n') });
    expect(doc.tables).toHaveLength(0);
    const spaced = docOf({ file: 'i.txt', text: ['#  Bilaga   2', 'Kommunen fick 20 miljoner kronor 2021.', ''].join('\n') });
    expect(spaced.tables).toHaveLength(0);
  });
});
