import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Titles wrapped a word a line ("Budget" / "2021"), the first title's word left at the end of
 * the stub's line ("mnkr Not Bokslut" / "2020" / "Budget" / "2021" …). Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('spaced tables whose first column title begins on the stub’s line', () => {
  it('gives the word back to the first column under a note column', () => {
    const text = ['(tkr) Not Utfall', '2021', 'Utfall', '2022', 'Budget', '2023', 'Intäkter 1 45,2 48,9 47,0', 'Kostnader 2 -41,8 -45,1 -44,5', 'Avskrivningar 3 -2,1 -2,3 -2,4', 'Resultat 1,3 1,5 0,1', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Utfall 2021', 'Utfall 2022', 'Budget 2023']);
    expect(t!.labelHeader).toBe('(tkr)');
    expect(rowsOf(t!)[3]).toEqual(['Resultat', '1300', '1500', '100']);
  });

  it('does so without a note column, the unit a bare word', () => {
    const text = ['Mnkr Bokslut', '2022', 'Prognos', '2023', 'Plan', '2024', 'Plan', '2025', 'Skatteintäkter 812,4 838,0 861,5 889,2', 'Statsbidrag 301,7 309,9 318,2 322,0', 'Finansnetto 12,3 9,8 8,1 7,5', 'Summa 1 126,4 1 157,7 1 187,8 1 218,7', ''].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['Bokslut 2022', 'Prognos 2023', 'Plan 2024', 'Plan 2025']);
    expect(t!.labelHeader).toBe('Mnkr');
    expect(rowsOf(t!)[0]).toEqual(['Skatteintäkter', '812400000', '838000000', '861500000', '889200000']);
  });
});
