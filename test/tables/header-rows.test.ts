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
