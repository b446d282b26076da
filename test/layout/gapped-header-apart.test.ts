import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** A header pasted one title a paragraph, a blank line before the rows too. Examples written for this test. */
const docFrom = (lines: string[]) => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' });
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('titles a paragraph each, the rows a blank line under the last', () => {
  it('name the columns; the heading above them is no labels\' title', () => {
    const doc = docFrom(['Stöd till föreningar, kronor', '', 'Förening', '', 'Sökt', '', 'Beviljat', '', 'Scoutkåren 24 000 18 500', 'Konstklubben 9 000 9 000', 'Summa 33 000 27 500']);
    expect(doc.tables).toHaveLength(1);
    const [t] = doc.tables;
    expect(t!.labelHeader).toBe('Förening');
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Sökt', 'Beviljat']);
    expect(rowsOf(t!)).toEqual([
      ['Scoutkåren', '24000', '18500'],
      ['Konstklubben', '9000', '9000'],
      ['Summa', '33000', '27500'],
    ]);
  });

  it('reads three titles that close with a year or stand alone, with a negative difference', () => {
    const doc = docFrom(['Driftredovisning', '', 'Nämnd', '', 'Budget 2024', '', 'Utfall 2024', '', 'Avvikelse', '', 'Kultur 3 400 3 350 50', 'Fritid 2 100 2 180 -80', 'Summa 5 500 5 530 -30']);
    const [t] = doc.tables;
    expect(t!.labelHeader).toBe('Nämnd');
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Budget 2024', 'Utfall 2024', 'Avvikelse']);
    expect(rowsOf(t!)[1]).toEqual(['Fritid', '2100', '2180', '-80']);
  });
});
