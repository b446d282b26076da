import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A table with a code column copied one cell a line, nothing between the cells, an empty cell an
 * empty line: a total row without a code opens with an empty line. Examples written for this
 * test, invented figures.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.code ?? null, r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

const county = [
  ['12', 'Skåne län', '410', '3 900'],
  ['13', 'Hallands län', '120', '1 100'],
  ['14', 'Västra Götalands län', '530', '5 200'],
  ['17', 'Värmlands län', '90', '800'],
];

describe('a code column pasted one cell a line with empty lines for empty cells', () => {
  it('reads the header and every row when the total without a code stands first', () => {
    const cells = ['Länskod', 'Län', 'Ärenden', 'Kostnad, tkr', '', 'Hela landet', '1 150', '11 000', ...county.flat()];
    const [t] = tablesOf(`Ärenden och kostnader per län\n\n${cells.join('\n')}\n`);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Ärenden', 'Kostnad, tkr']);
    expect(rowsOf(t!)).toEqual([
      [null, 'Hela landet', null, '1150', '11000000'],
      ['12', 'Skåne län', '12', '410', '3900000'],
      ['13', 'Hallands län', '13', '120', '1100000'],
      ['14', 'Västra Götalands län', '14', '530', '5200000'],
      ['17', 'Värmlands län', '17', '90', '800000'],
    ]);
    expect(t!.rows[0]!.kind).toBe('total');
  });

  it('keeps a row’s empty figure in its column and the total last', () => {
    const rows = county.map((r) => (r[0] === '13' ? [r[0], r[1], '', r[3]] : r));
    const cells = ['Kod', 'Namn', 'Ärenden', 'Kostnad, tkr', ...rows.flat(), '', 'Summa', '1 030', '11 000'];
    const [t] = tablesOf(`Ärenden och kostnader per län\n\n${cells.join('\n')}\n`);
    expect(rowsOf(t!)).toEqual([
      ['12', 'Skåne län', '12', '410', '3900000'],
      ['13', 'Hallands län', '13', null, '1100000'],
      ['14', 'Västra Götalands län', '14', '530', '5200000'],
      ['17', 'Värmlands län', '17', '90', '800000'],
      [null, 'Summa', null, '1030', '11000000'],
    ]);
  });
});
