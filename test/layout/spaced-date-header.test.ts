import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A balance sheet's header names its columns by closing dates ("2021-12-31", "31/12/2022") where
 * an income statement names them by years: a heading right under it is the first section's
 * heading, as under years, and no word of the header. Written for this test.
 */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a heading under a header of closing dates', () => {
  it('keeps the heading under ISO dates and a unit heading', () => {
    const [t] = tablesOf([
      'Not 12 Skulder', '', 'Belopp i tkr 2021-12-31 2020-12-31', 'Långfristiga skulder', 'Lån i banker 45 000 48 500', 'Leasingskulder 1 250 1 400', '46 250 49 900',
      'Kortfristiga skulder', 'Leverantörsskulder 8 430 7 915', 'Skatteskulder -215 -310', '8 215 7 605',
    ]);
    expect(t!.caption).toBe('Långfristiga skulder');
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2021-12-31', '2020-12-31']);
    expect(rowsOf(t!)[0]).toEqual(['Lån i banker', '45000000', '48500000']);
  });

  it('keeps a heading under dates written with slashes', () => {
    const [t] = tablesOf([
      'Balansräkning', '', 'Mnkr 31/12/2022 31/12/2021', 'Materiella tillgångar', 'Byggnader 812 845', 'Inventarier 64 70', 'Kassa 20 25', 'Summa tillgångar 896 940',
    ]);
    expect(t!.caption).toBe('Materiella tillgångar');
    expect(rowsOf(t!).map((r) => r[0])).toEqual(['Byggnader', 'Inventarier', 'Kassa', 'Summa tillgångar']);
    expect(rowsOf(t!)[3]).toEqual(['Summa tillgångar', '896000000', '940000000']);
  });
});
