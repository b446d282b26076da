import { describe, expect, it } from 'vitest';
import { continuesStatement, namesItsSection } from '../../src/layout/statement-sections.js';
import { docOf } from '../rules/rule-tester.js';

describe('statement sections', () => {
  it('tells a total that names its section from a bare one', () => {
    expect(namesItsSection('Summa omsättningstillgångar')).toBe(true);
    expect(namesItsSection('Summa eget kapital, avsättningar och skulder')).toBe(true);
    expect(namesItsSection('Totalt intäkter')).toBe(true);
    expect(namesItsSection('Summa')).toBe(false);
    expect(namesItsSection('Totalt 1)')).toBe(false);
    expect(namesItsSection('Summa *')).toBe(false);
    expect(namesItsSection('Byggnader')).toBe(false);
  });

  it('goes on with the statement unless the rows below list a row label above again', () => {
    expect(continuesStatement('Summa anläggningstillgångar', ['Byggnader', 'Inventarier', 'Summa anläggningstillgångar'], ['Fordringar', 'Kassa', 'Summa omsättningstillgångar'])).toBe(true);
    expect(continuesStatement('Summa kommunstyrelse', ['Politisk verksamhet', 'Räddningstjänst', 'Summa kommunstyrelse'], ['Politisk  verksamhet', 'Bygglov', 'Summa byggnämnd'])).toBe(false);
    expect(continuesStatement('Summa', ['Byggnader'], ['Fordringar'])).toBe(false);
  });
});

describe('a statement aligned in columns, its sections a blank line apart', () => {
  const gridsOf = (text: string): string[][][] =>
    docOf({ file: 'case.txt', text })
      .tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]));

  it('keeps a section of one row and its total in the table, the next heading after the blank line going on', () => {
    expect(
      gridsOf(['Balansräkning', '', 'Tillgångar', 'Bank och kassa                8 400', 'Summa tillgångar              8 400', '', 'Skulder och eget kapital', 'Skatteskulder                   600', 'Eget kapital                  7 000', 'Årets överskott                 800', ''].join('\n')),
    ).toEqual([
      [
        ['Bank och kassa', '8400'],
        ['Summa tillgångar', '8400'],
        ['Skulder och eget kapital', ''],
        ['Skatteskulder', '600'],
        ['Eget kapital', '7000'],
        ['Årets överskott', '800'],
      ],
    ]);
  });

  it('does so in a result statement, in other words', () => {
    expect(
      gridsOf(['Resultaträkning', '', 'Intäkter', 'Medlemsavgifter          41 200', 'Summa intäkter           41 200', '', 'Kostnader', 'Lokalhyra                12 000', 'Resor                     9 300', 'Summa kostnader          21 300', ''].join('\n')),
    ).toEqual([
      [
        ['Medlemsavgifter', '41200'],
        ['Summa intäkter', '41200'],
        ['Kostnader', ''],
        ['Lokalhyra', '12000'],
        ['Resor', '9300'],
        ['Summa kostnader', '21300'],
      ],
    ]);
  });

  it('leaves parts that list the rows above again as tables of their own', () => {
    const text = ['Nämnder', '', 'Kultur', 'Förvaltning                   1 100', 'Bibliotek                     2 300', 'Summa kultur                  3 400', '', 'Fritid', 'Förvaltning                     700', 'Badhus                        1 900', 'Summa fritid                  2 600', ''].join('\n');
    expect(gridsOf(text).map((t) => t.map((r) => r[0]))).toEqual([
      ['Förvaltning', 'Bibliotek', 'Summa kultur'],
      ['Förvaltning', 'Badhus', 'Summa fritid'],
    ]);
  });
});
