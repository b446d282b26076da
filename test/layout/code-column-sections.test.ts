import { describe, expect, it } from 'vitest';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * A space-aligned table led by a code column, in sections whose headings stand where the names
 * start; figures written here, sums checked by hand. The codes, set apart by a gap, are no
 * outline numbers (numbered-grid.ts), and the first heading is no header line (aligned-grid.ts).
 */
const read = (text: string): (string | null)[][] => docOf({ text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);
const loud = (text: string) => findingsOf(columnTotal, text).filter((f) => f.severity !== 'info');

describe('sections under a code column, headings at the names\' place', () => {
  it('reads county codes of two digits and both sections', () => {
    const text = 'Tabell 2 Bidrag per län, tkr\n\nKod   Län                    2023\n      Norra Sverige\n25    Norrbottens län         410\n24    Västerbottens län       380\n22    Västernorrlands län     290\n      Summa norra           1 080\n      Södra Sverige\n12    Skåne län               920\n10    Blekinge län            150\n      Summa södra           1 070\n';
    expect(read(text)).toEqual([
      ['Norra Sverige', null],
      ['Norrbottens län', '410000'],
      ['Västerbottens län', '380000'],
      ['Västernorrlands län', '290000'],
      ['Summa norra', '1080000'],
      ['Södra Sverige', null],
      ['Skåne län', '920000'],
      ['Blekinge län', '150000'],
      ['Summa södra', '1070000'],
    ]);
    expect(loud(text)).toEqual([]);
  });

  it('reads account numbers of four digits and both sections', () => {
    const text = 'Tabell 6 Kostnader per konto, tkr\n\nKonto  Benämning               2023\n       Personal\n4010   Löner                  8 200\n4020   Sociala avgifter       2 600\n       Summa personal        10 800\n       Lokaler\n5010   Hyror                  1 900\n5020   El och värme             400\n       Summa lokaler          2 300\n';
    expect(read(text)).toEqual([
      ['Personal', null],
      ['Löner', '8200000'],
      ['Sociala avgifter', '2600000'],
      ['Summa personal', '10800000'],
      ['Lokaler', null],
      ['Hyror', '1900000'],
      ['El och värme', '400000'],
      ['Summa lokaler', '2300000'],
    ]);
    expect(loud(text)).toEqual([]);
  });
});
