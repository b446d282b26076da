import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A one-column web table whose header came a word a line. Examples written for this test. */
const docFrom = (lines: string[]) => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' });
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('the titles of a one-column table pasted a word a line', () => {
  it('join into the value column\'s title, its unit scaling the cells', () => {
    const doc = docFrom(['Bidrag som kommunen tog emot', '', 'Bidragsgivare', 'Belopp', '2023', 'tkr', 'Skolverket 8 400', 'Socialstyrelsen 2 150', 'Boverket 600', 'Summa 11 150']);
    expect(doc.tables).toHaveLength(1);
    const [t] = doc.tables;
    expect(t!.labelHeader).toBe('Bidragsgivare');
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Belopp 2023 tkr']);
    expect(rowsOf(t!)).toEqual([
      ['Skolverket', '8400000'],
      ['Socialstyrelsen', '2150000'],
      ['Boverket', '600000'],
      ['Summa', '11150000'],
    ]);
  });

  it('reads a title of words in small letters and a year closing it, the cells in kronor', () => {
    const doc = docFrom(['Utbetalt per insats', '', 'Insats', 'Utbetalt', 'under', '2021', 'Läxhjälp 45 000', 'Sommarskola 120 500', 'Lovaktiviteter 38 250']);
    const [t] = doc.tables;
    expect(t!.labelHeader).toBe('Insats');
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Utbetalt under 2021']);
    expect(rowsOf(t!)).toEqual([
      ['Läxhjälp', '45000'],
      ['Sommarskola', '120500'],
      ['Lovaktiviteter', '38250'],
    ]);
  });

  it('takes no heading over the rows for a title: the run must close with a year or a unit', () => {
    const doc = docFrom(['Fördelning', '', 'Mottagare', 'Belopp', 'Norra distriktet', 'Skolverket 8 400', 'Socialstyrelsen 2 150', 'Boverket 600']);
    const [t] = doc.tables;
    expect(t!.columns.map((c) => c.header.join(' '))).not.toEqual(['Belopp Norra distriktet']);
  });
});
