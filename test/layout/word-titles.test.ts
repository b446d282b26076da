import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { wordTitles } from '../../src/layout/word-titles.js';
import { RATE_HEADER } from '../../src/tables/units.js';
import { docOf } from '../rules/rule-tester.js';

/** A line of titles set apart by single spaces over a table of one cell a line. Written for this test. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;

describe('titles on one line, one word or two each', () => {
  it('splits where the words give exactly one title a column', () => {
    expect(wordTitles('Kommun Period Andel (%)', 3)).toEqual(['Kommun', 'Period', 'Andel (%)']);
    expect(wordTitles('Län Antal elever Kostnad i kr', 3)).toEqual(['Län', 'Antal elever', 'Kostnad i kr']);
    // Four titles over three columns, or a sentence: left whole.
    expect(wordTitles('Län Kommun Antal Belopp', 3)).toBeNull();
    expect(wordTitles('Tabellen visar antal per län.', 3)).toBeNull();
    expect(wordTitles('Län Antal', 2)).toBeNull();
  });

  it('heads a table of one cell a line, the lines above it left as text', () => {
    const cells = ['Sjukfrånvaro i procent', 'Förvaltning Kvinnor Män', 'Skola', '6,1', '4,2', 'Vård', '7,3', '5,0', 'Teknik', '4,4', '3,1', 'Kultur', '5,2', '3,9'];
    const [t] = tablesOf(`${cells.join('\n\n')}\n`);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Kvinnor', 'Män']);
    expect(t!.rows.map((r) => r.label)).toEqual(['Skola', 'Vård', 'Teknik', 'Kultur']);
  });

  it('names a figure per capita written with a slash a rate', () => {
    expect(RATE_HEADER.test('Värde (m/capita)')).toBe(true);
    expect(RATE_HEADER.test('Kostnad kr / capita')).toBe(true);
  });
});
