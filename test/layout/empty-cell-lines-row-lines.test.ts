import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table whose rows are a label line and a line of the row's figures set apart by single
 * spaces, with lines holding only a space between some of them: no table pasted one cell a line,
 * though its space lines look like that layout's empty cells. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('rows of single-spaced figures between space lines', () => {
  it('reads each figure line as its row, header lines running into the first row', () => {
    const text = [
      'Startsida', '',
      'Elever i grundskolan läsåret 2021/22', '',
      'Område Totalt därav', ' Kommunal Fristående',
      'HELA LANDET', ' ', '1 120 400 980 300 140 100',
      'NORR', ' ', '210 350 195 200 15 150', ' ',
      'Västerbotten', '31 200 28 900 2 300', ' ',
      'Norrbotten', '28 150 27 000 1 150', ' ',
      'Jämtland', '13 400 12 100 1 300', ' ',
      'Övriga norr', '137 600 127 200 10 400', ' ',
      'SÖDER', ' ', '910 050 785 100 124 950', ' ',
      'Skåne', '160 000 130 000 30 000', ' ',
      'Övriga söder', '750 050 655 100 94 950', '',
    ].join('\n');
    const t = tablesOf(text).find((x) => x.rows.some((r) => r.label === 'Västerbotten'));
    expect(t).toBeDefined();
    const rows = rowsOf(t!);
    expect(rows).toContainEqual(['HELA LANDET', '1120400', '980300', '140100']);
    expect(rows).toContainEqual(['NORR', '210350', '195200', '15150']);
    expect(rows).toContainEqual(['Västerbotten', '31200', '28900', '2300']);
    expect(rows).toContainEqual(['Skåne', '160000', '130000', '30000']);
  });
});
