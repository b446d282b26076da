import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * One cell per paragraph, a header cell wrapped across a blank line with its unit on its own
 * ("Bidrag i" / "tkr"): the unit joins its head. Written here in wordings other than the
 * field documents that showed it ("Medel i" / "kronor").
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const cells = (...xs: string[]): string => `${xs.join('\n\n')}\n`;

describe('a cell-per-line header cell whose unit wraps across a blank line', () => {
  it('reads "Bidrag i" / "tkr" as one head in thousands of kronor', () => {
    const [t] = tablesOf(cells('Region', 'Bidrag i', 'tkr', 'Uppsala', '1 200', 'Gotland', '300', 'Skåne', '2 500', 'Halland', '900', 'Summa', '4 900'));
    expect(t!.labelHeader).toBe('Region');
    expect(t!.columns.map((c) => [c.header, c.unit, c.scale])).toEqual([[['Bidrag i tkr'], 'SEK', 1000]]);
    expect(t!.rows.map((r) => [r.label, r.cells[0]!.value?.toFixed()])).toEqual([
      ['Uppsala', '1200000'],
      ['Gotland', '300000'],
      ['Skåne', '2500000'],
      ['Halland', '900000'],
      ['Summa', '4900000'],
    ]);
  });

  it('joins "(kr)" and "procent" to their heads in a table of three columns, keeping the share a share', () => {
    const [t] = tablesOf(
      cells('Kommun', 'Anslag', '(kr)', 'Andel av totalen', 'procent', 'Alingsås', '1 000 000', '25', 'Borås', '2 000 000', '50', 'Lerum', '500 000', '12,5', 'Vårgårda', '500 000', '12,5'),
    );
    expect(t!.columns.map((c) => [c.header, c.unit])).toEqual([
      [['Anslag (kr)'], 'SEK'],
      [['Andel av totalen procent'], 'percent'],
    ]);
    expect(t!.rows.map((r) => r.cells.map((c) => c.value?.toFixed()))).toEqual([
      ['1000000', '25'],
      ['2000000', '50'],
      ['500000', '12.5'],
      ['500000', '12.5'],
    ]);
  });
});
