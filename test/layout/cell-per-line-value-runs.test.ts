import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A web table pasted partly one cell per line and partly with several cells on one line, set
 * apart by spaces. Examples written here; values worked out by hand (base units).
 */
const read = (t: Table): string[][] =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;

describe('cell-per-line rows whose last cells share a line', () => {
  it('splits a line of signed decimals, its label line right under it', () => {
    const [t] = tablesOf(
      [
        'Nämnd', '', 'Intäkter', '', 'Kostnader', '', 'Netto', '',
        'Fritidsnämnd', '', '12,5', '', '-40,0', '', '-27,5', '',
        'Tekniska nämnden', '', '30,1', '', ' -95,6  -65,5',
        'Miljönämnd', '', '4,0', '', '-9,5 -5,5',
        '', 'Kulturnämnd', '', '2,2', '', '-14,8', '', '-12,6', '',
        'Summa', '', '48,8', '', '-159,9', '', '-111,1',
      ].join('\n'),
    );
    expect(read(t!)).toEqual([
      ['Fritidsnämnd', '12.5', '-40', '-27.5'],
      ['Tekniska nämnden', '30.1', '-95.6', '-65.5'],
      ['Miljönämnd', '4', '-9.5', '-5.5'],
      ['Kulturnämnd', '2.2', '-14.8', '-12.6'],
      ['Summa', '48.8', '-159.9', '-111.1'],
    ]);
  });

  it('splits cells set apart by two spaces but keeps "-2 350" one value', () => {
    const [t] = tablesOf(
      [
        'Enhet', '', 'Budget tkr', '', 'Utfall tkr', '', 'Avvikelse tkr', '',
        'Hamnen', '', '-2 350', '', '-2 410', '', '-60', '',
        'Flygplatsen', '', '-8 900  -8 750  150',
        '', 'Färjan', '', '-1 200', '', '-1 275', '', '-75', '',
        'Bussarna', '', '-5 100', '', '-5 020', '', '80',
      ].join('\n'),
    );
    expect(read(t!)).toEqual([
      ['Hamnen', '-2350000', '-2410000', '-60000'],
      ['Flygplatsen', '-8900000', '-8750000', '150000'],
      ['Färjan', '-1200000', '-1275000', '-75000'],
      ['Bussarna', '-5100000', '-5020000', '80000'],
    ]);
  });
});
