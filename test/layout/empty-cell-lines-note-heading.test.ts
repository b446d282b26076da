import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A table pasted one cell per paragraph, empty cells as lines of a space: a section heading
 * with no figures may still carry its note ("Eget kapital och skulder" / "Not 6"). It is a
 * heading of the table, not the end of it (read so, the rest lost its header and its unit).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, r.note ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a heading carrying only its note, cells a paragraph each', () => {
  it('reads on past "Eget kapital och skulder" / "Not 6" in a balance sheet in mnkr', () => {
    const cells = [
      'Belopp i mnkr', 'Not', '2023', '2022',
      'Anläggningstillgångar', ' ', ' ', ' ',
      'Byggnader', '4', '820', '790',
      'Inventarier', '5', '45', '50',
      'Summa tillgångar', ' ', '865', '840',
      'Eget kapital och skulder', 'Not 6', ' ', ' ',
      'Eget kapital', ' ', '300', '280',
      'Skulder', '7', '565', '560',
      'Summa eget kapital och skulder', ' ', '865', '840',
    ];
    const tables = tablesOf(`Balansräkning\n\n${cells.join('\n\n')}\n`);
    expect(tables).toHaveLength(1);
    expect(tables[0]!.columns.map((c) => c.header)).toEqual([['2023'], ['2022']]);
    expect(rowsOf(tables[0]!)).toEqual([
      ['Anläggningstillgångar', null, null, null],
      ['Byggnader', '4', '820000000', '790000000'],
      ['Inventarier', '5', '45000000', '50000000'],
      ['Summa tillgångar', null, '865000000', '840000000'],
      ['Eget kapital och skulder', 'Not 6', null, null],
      ['Eget kapital', null, '300000000', '280000000'],
      ['Skulder', '7', '565000000', '560000000'],
      ['Summa eget kapital och skulder', null, '865000000', '840000000'],
    ]);
  });

  it('does so with notes written as links ("not 4 » not 5 »") in a result in tkr', () => {
    const cells = [
      'Tkr', ' ', '2021', '2020',
      'Verksamhetens intäkter', 'not 2 »', '1 250', '1 180',
      'Verksamhetens kostnader', 'not 3 »', '-1 020', '-990',
      'Finansiella poster', 'not 4 » not 5 »', ' ', ' ',
      'Ränteintäkter', ' ', '15', '12',
      'Räntekostnader', ' ', '-45', '-40',
      'Årets resultat', ' ', '200', '162',
    ];
    const tables = tablesOf(`Resultaträkning för förbundet\n\n${cells.join('\n\n')}\n`);
    expect(tables).toHaveLength(1);
    expect(rowsOf(tables[0]!)).toEqual([
      ['Verksamhetens intäkter', 'not 2 »', '1250000', '1180000'],
      ['Verksamhetens kostnader', 'not 3 »', '-1020000', '-990000'],
      ['Finansiella poster', 'not 4 » not 5 »', null, null],
      ['Ränteintäkter', null, '15000', '12000'],
      ['Räntekostnader', null, '-45000', '-40000'],
      ['Årets resultat', null, '200000', '162000'],
    ]);
  });
});
