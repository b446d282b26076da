import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A caption line right above a table pasted one cell a line, no blank line between them, the
 * header's group titles over repeated sub-titles: the caption is no header line of a table with
 * columns set apart by single spaces ("1 250" is one value). Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const headersOf = (t: Table) => t.columns.map((c) => c.header.join(' / '));
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a caption right above a one-cell-a-line table', () => {
  it('reads the table from the line after the caption: years over "Antal" and "Andel, %"', () => {
    const rows = [
      ['Stockholms län', '1 250', '12,4', '1 310', '12,9'],
      ['Uppsala län', '310', '3,1', '330', '3,2'],
      ['Skåne län', '1 020', '10,1', '1 090', '10,7'],
      ['Hallands län', '240', '2,4', '260', '2,6'],
      ['Riket', '10 080', '100,0', '10 160', '100,0'],
    ];
    const text = ['Beviljade ärenden per län', 'Län', '2022', '2023', 'Antal', 'Andel, %', 'Antal', 'Andel, %', ...rows.flat(), ''].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['2022 / Antal', '2022 / Andel, %', '2023 / Antal', '2023 / Andel, %']);
    expect(rowsOf(t!)[0]).toEqual(['Stockholms län', '1250', '12.4', '1310', '12.9']);
    expect(rowsOf(t!)).toHaveLength(5);
  });

  it('does so in another wording: the caption a numbered table title, amounts before counts', () => {
    const rows = [
      ['Region Gävleborg', '4 120', '310', '4 380', '325'],
      ['Region Dalarna', '3 905', '288', '4 010', '301'],
      ['Region Värmland', '3 610', '270', '3 795', '282'],
      ['Region Örebro län', '3 880', '295', '4 050', '307'],
      ['Summa', '15 515', '1 163', '16 235', '1 215'],
    ];
    const text = ['Tabell 2 Utbetalt per region', 'Region', '2021', '2022', 'Belopp, tkr', 'Antal', 'Belopp, tkr', 'Antal', ...rows.flat(), ''].join('\n');
    const [t] = tablesOf(text);
    expect(headersOf(t!)).toEqual(['2021 / Belopp, tkr', '2021 / Antal', '2022 / Belopp, tkr', '2022 / Antal']);
    expect(rowsOf(t!)[4]).toEqual(['Summa', '15515000', '1163', '16235000', '1215']);
    expect(rowsOf(t!)).toHaveLength(5);
  });
});
