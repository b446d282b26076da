import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** GFM tables whose header goes on in the body, and rows without a code; examples written here, checked by hand. */
const tableOf = (text: string): Table => docOf({ file: 'case.md', text }).tables[0]!;
const read = (t: Table): (string | null)[][] => t.rows.map((r) => [r.label, r.code ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('header rows and code rows in GFM tables', () => {
  it('takes rows of words under the marked header as header, and puts a row without code under its names', () => {
    const t = tableOf(
      [
        '| Kod | Kommun | Elever | Flyttade | |',
        '|---|---|---|---|---|',
        '| | | Totalt | Till | Från |',
        '| | | | annan kommun | annat land |',
        '| Länet | 5 400 | 120 | 80 | |',
        '| 0301 | Norrby | 3 100 | 70 | 50 |',
        '| 0302 | Söderå | 2 300 | 50 | 30 |',
      ].join('\n'),
    );
    expect(t.columns.map((c) => c.header.join(' / '))).toEqual(['Elever / Totalt', 'Flyttade / Till / annan kommun', 'Flyttade / Från / annat land']);
    expect(read(t)).toEqual([
      ['Länet', null, '5400', '120', '80'],
      ['Norrby', '0301', '3100', '70', '50'],
      ['Söderå', '0302', '2300', '50', '30'],
    ]);
  });

  it('reads "." as a figure not given and a non-breaking hyphen as minus', () => {
    const t = tableOf(['| Län | Netto | Justering |', '|---|---|---|', '| Norra | 1 204 | ‑12 |', '| Södra | ‑340 | . |', '| Västra | 88 | 0 |'].join('\n'));
    expect(read(t)).toEqual([
      ['Norra', null, '1204', '-12'],
      ['Södra', null, '-340', null],
      ['Västra', null, '88', '0'],
    ]);
    expect(t.rows[1]!.cells[1]!.uncertain).toBe('.');
  });
});

describe('a row of years under the marked header, its label cell empty', () => {
  it('names the columns by month and year in a GFM table', () => {
    const t = tableOf(['| Månad | Jan | Feb | Mar |', '|---|---|---|---|', '| | 2021 | 2021 | 2021 |', '| Norr | 100 | 200 | 300 |', '| Söder | 50 | 60 | 70 |', ''].join('\n'));
    expect(t.columns.map((c) => c.header.join(' / '))).toEqual(['Jan / 2021', 'Feb / 2021', 'Mar / 2021']);
    expect(read(t)).toEqual([
      ['Norr', null, '100', '200', '300'],
      ['Söder', null, '50', '60', '70'],
    ]);
  });

  it('names the columns by kind and year in an HTML table whose header cells are marked on the first row only', () => {
    const html = [
      '<table><tr><th>Post</th><th>Utfall</th><th>Budget</th></tr>',
      '<tr><td></td><td>2022</td><td>2023</td></tr>',
      '<tr><td>Personal</td><td>1 200</td><td>1 300</td></tr>',
      '<tr><td>Lokaler</td><td>400</td><td>420</td></tr></table>',
    ].join('\n');
    const t = docOf({ file: 'case.html', text: html }).tables[0]!;
    expect(t.columns.map((c) => c.header.join(' / '))).toEqual(['Utfall / 2022', 'Budget / 2023']);
    expect(read(t)).toEqual([
      ['Personal', null, '1200', '1300'],
      ['Lokaler', null, '400', '420'],
    ]);
  });
});
