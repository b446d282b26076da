import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * A small table pasted one cell a line: two rows and their total under column titles ("Kvinnor" /
 * "Män" / "Totalt"). Three label/figure runs alone could be anything, but a last row that names
 * the sum makes them a table. Written for this test in two layouts (with and without blank lines
 * between the cells) and two wordings each, values checked by hand.
 */
const doc = (text: string) => docOf({ file: 't.txt', text });
const rows = (text: string, t = 0): string[][] => doc(text).tables[t]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);
const blank = (lines: string[]): string => lines.join('\n\n') + '\n';
const tight = (before: string[], cells: string[], after: string[]): string => [...before, '', ...cells, '', ...after].join('\n') + '\n';

describe('two rows and a total, a cell a line with blank lines between', () => {
  it('reads the rows under a stub title, a percent column last', () => {
    const text = blank(['Utfallet av ansökningsomgången redovisas nedan.',
      'Sökande', 'Inkomna', 'Godkända', 'Andel godkända',
      'Föreningar', '42', '18', '42,9 %',
      'Företag', '26', '9', '34,6 %',
      'Summa', '68', '27', '39,7 %',
      'Beslut fattades i december.']);
    expect(doc(text).tables).toHaveLength(1);
    expect(rows(text)).toEqual([
      ['Föreningar', '42', '18', '42.9'],
      ['Företag', '26', '9', '34.6'],
      ['Summa', '68', '27', '39.7'],
    ]);
  });

  it('reads the rows when the label column has no title', () => {
    const text = blank(['Så fördelades platserna.',
      'Sökta platser', 'Erbjudna platser',
      'Norra skolan', '120', '135',
      'Södra skolan', '95', '101',
      'Totalt', '215', '236',
      'Antalet ökar.']);
    expect(rows(text)).toEqual([
      ['Norra skolan', '120', '135'],
      ['Södra skolan', '95', '101'],
      ['Totalt', '215', '236'],
    ]);
  });

  it('still reads no table from three label/figure runs without a total', () => {
    const text = blank(['Sökande', 'Inkomna', 'Godkända', 'Föreningar', '42', '18', 'Företag', '26', '9', 'Stiftelser', '3', '1', 'Slut.']);
    expect(doc(text).tables).toHaveLength(0);
  });
});

describe('two rows and a total, a cell a line with no blank lines', () => {
  it('reads the rows under a stub title', () => {
    const text = tight(['Tabell 4 Ärenden per enhet'],
      ['Enhet', 'Öppnade', 'Avslutade', 'Östra', '310', '290', 'Västra', '205', '199', 'Totalt', '515', '489'],
      ['Källa: verksamhetssystemet.']);
    expect(rows(text)).toEqual([
      ['Östra', '310', '290'],
      ['Västra', '205', '199'],
      ['Totalt', '515', '489'],
    ]);
  });

  it('reads a total named "Summa" and a wider header', () => {
    const text = tight(['Resultat per termin'],
      ['Termin', 'Anmälda', 'Antagna', 'Avhopp', 'Vår', '88', '60', '4', 'Höst', '102', '71', '6', 'Summa', '190', '131', '10'],
      ['Avhoppen var få.']);
    expect(rows(text)).toEqual([
      ['Vår', '88', '60', '4'],
      ['Höst', '102', '71', '6'],
      ['Summa', '190', '131', '10'],
    ]);
  });
});
