import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { dotGroupColumns } from '../../src/tables/dot-group-columns.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Votes grouped with dots beside shares with decimal commas, as election pages print them.
 * Written for this test: a Markdown table and columns aligned by runs of spaces in plain text.
 */
const read = (t: Table): string[][] =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);

describe('a column of dot-grouped counts beside decimal commas', () => {
  it('reads the counts of a Markdown table as groups, each cell marked a reading', () => {
    const text = ['| Parti | Röster | Andel (%) |', '|---|---|---|', '| Alfapartiet | 412.306 | 41,2 |', '| Betapartiet | 301.118 | 30,1 |', '| Gammalistan | 286.904 | 28,7 |', ''].join('\n');
    const [t] = docOf({ file: 'a.md', text }).tables;
    expect(read(t!)).toEqual([
      ['Alfapartiet', '412306?', '41.2'],
      ['Betapartiet', '301118?', '30.1'],
      ['Gammalistan', '286904?', '28.7'],
    ]);
  });

  it('reads them in plain text aligned by runs of spaces, a total among them', () => {
    const text = ['Valkrets        Röstberättigade    Andel', 'Norra                 128.400     34,5', 'Södra                  98.115     26,4', 'Västra                145.620     39,1', 'Summa                 372.135    100,0', ''].join('\n');
    const [t] = docOf({ file: 'a.txt', text }).tables;
    expect(read(t!)).toEqual([
      ['Norra', '128400?', '34.5'],
      ['Södra', '98115?', '26.4'],
      ['Västra', '145620?', '39.1'],
      ['Summa', '372135?', '100'],
    ]);
  });
});

describe('dotGroupColumns', () => {
  it('takes a column whose every figure has dot groups of three, beside decimal commas', () => {
    expect([...dotGroupColumns([['507.488', '241.101', '82.763'], ['13,65', '6,49', '2,23']])]).toEqual([0]);
  });

  it('takes none where a comma may be a group, the figures are too few or of another shape', () => {
    // "31,402" may be English: its dots then decimal points.
    expect(dotGroupColumns([['507.488', '241.101', '82.763'], ['31,402', '6,49', '2,23']]).size).toBe(0);
    expect(dotGroupColumns([['507.488', '241.101'], ['13,65', '6,49']]).size).toBe(0);
    expect(dotGroupColumns([['507.488', '12.5', '82.763'], ['13,65', '6,49', '2,23']]).size).toBe(0);
    // No decimal comma at all: the table-wide reading decides (dot-groups.ts).
    expect(dotGroupColumns([['507.488', '241.101', '82.763'], ['13', '6', '2']]).size).toBe(0);
  });
});
