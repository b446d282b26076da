import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Space-aligned tables (as pdftotext -layout prints them) with a code column; written for this test. */
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('aligned tables with a code column', () => {
  it('reads a code before the name as the row code, the name its label, the header over the name kept', () => {
    const text = ['Bidrag per län (tkr)', '', 'Kod   Län                  Bidrag', '07    Kronobergs län          300', '08    Kalmar län              250', '10    Blekinge län            150', '      Summa                   700', ''].join('\n');
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Bidrag']);
    expect(rowsOf(t!)).toEqual([
      ['Kronobergs län', '07', '300000'],
      ['Kalmar län', '08', '250000'],
      ['Blekinge län', '10', '150000'],
      ['Summa', null, '700000'],
    ]);
    const items = ['Anslag inom utgiftsområdet, tusental kronor', '', 'Anslag   Namn                     Belopp', '2:1      Konsumentverket         140 000', '2:2      Allmänna reklamationsnämnden 40 500', '2:4      Bidrag till organisationer  16 000', '         Summa                   196 500', ''].join('\n');
    const [u] = docOf({ file: 'case.txt', text: items }).tables;
    expect(rowsOf(u!).map((r) => r[0])).toEqual(['2:1 Konsumentverket', '2:2 Allmänna reklamationsnämnden', '2:4 Bidrag till organisationer', 'Summa']);
  });

  it('places a header set flush left over left-set codes over the codes, not over the figures after', () => {
    const text = ['Medel per region (mnkr)', '', 'Region              Regionkod   Medel', 'Region Uppsala      03            120', 'Region Gotland      09             40', 'Region Skåne        12            300', 'Totalt                            460', ''].join('\n');
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Medel']);
    expect(t!.rows.map((r) => [r.code ?? null, r.region?.code ?? null, r.cells.map((c) => c.value?.toFixed())])).toEqual([
      ['03', '03', ['120000000']],
      ['09', '09', ['40000000']],
      ['12', '12', ['300000000']],
      [null, null, ['460000000']],
    ]);
  });

  it('keeps rows whose code stands far from a long name', () => {
    const text = ['Medel per län, tkr', '', 'Länskod                    Län                              Medel', '13                         Hallands län                       200', '14                         Västra Götalands län               900', '17                         Värmlands län                      300', '                           Totalt                           1 400', ''].join('\n');
    const [t] = docOf({ file: 'case.txt', text }).tables;
    expect(rowsOf(t!)).toEqual([
      ['Hallands län', '13', '200000'],
      ['Västra Götalands län', '14', '900000'],
      ['Värmlands län', '17', '300000'],
      ['Totalt', null, '1400000'],
    ]);
  });
});
