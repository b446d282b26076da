import { describe, expect, it } from 'vitest';
import { splitGluedHeadings } from '../../src/layout/heading-glued-row.js';
import { docOf } from '../rules/rule-tester.js';

const rowsOf = (text: string) =>
  docOf({ file: 'case.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, r.kind, r.region?.code ?? null, ...r.cells.map((c) => c.value?.toString() ?? null)]));

describe('a section heading with its note run into the first row under it', () => {
  it('is cut off the row at the note, whatever form the note takes', () => {
    expect(splitGluedHeadings([{ raw: 'Norra Sverige1)Norrbottens län 1 200 1 300', line: 4 }])).toEqual([
      { raw: 'Norra Sverige1)', line: 4 },
      { raw: 'Norrbottens län 1 200 1 300', line: 4, column: 16 },
    ]);
    expect(splitGluedHeadings([{ raw: 'Norra regionen (se not 2)Arvika\t1 200', line: 2, column: 1 }])).toEqual([
      { raw: 'Norra regionen (se not 2)', line: 2, column: 1 },
      { raw: 'Arvika\t1 200', line: 2, column: 26 },
    ]);
    expect(splitGluedHeadings([{ raw: 'Södra regionen¹Ystad', line: 9 }]).map((l) => l.raw)).toEqual(['Södra regionen¹', 'Ystad']);
  });

  it('leaves a label with its note and figures, a code and prose whole', () => {
    for (const raw of ['Övriga bidrag¹ 1 200', 'Myndigheter i RGK2) 300 400', 'A1)B 12', 'Summa* 3 900', 'Se not 2)', 'Källa: SCB (not 3)'])
      expect(splitGluedHeadings([{ raw, line: 1 }]).map((l) => l.raw), raw).toEqual([raw]);
  });

  it('reads the heading as a heading row and the row with its county, spaced rows', () => {
    const text = 'Bidrag per län, tusental kronor\n\nLän 2023 2024\nNorra Sverige1)Norrbottens län 1 200 1 300\nVästerbottens län 2 400 2 500\nSödra Sverige2)Skåne län 500 600\nBlekinge län 700 800\nSumma 4 800 5 200\n';
    const rows = rowsOf(text).flat();
    expect(rows.filter((r) => r[1] === 'data').map((r) => [r[0], r[2], r[3], r[4]])).toEqual([
      ['Norrbottens län', '25', '1200000', '1300000'],
      ['Västerbottens län', '24', '2400000', '2500000'],
      ['Skåne län', '12', '500000', '600000'],
      ['Blekinge län', '10', '700000', '800000'],
    ]);
  });

  it('reads the heading as a heading row and the row whole, a tab table', () => {
    const text = 'Bidrag per kommun, tusental kronor\n\nKommun\t2023\t2024\nNorra regionen (se not 1)Arvika\t1 200\t1 300\nBorlänge\t2 400\t2 500\nSumma\t3 600\t3 800\n';
    expect(rowsOf(text)).toEqual([
      [
        ['Norra regionen', 'other', null, null, null],
        ['Arvika', 'data', null, '1200000', '1300000'],
        ['Borlänge', 'data', null, '2400000', '2500000'],
        ['Summa', 'total', null, '3600000', '3800000'],
      ],
    ]);
  });
});
