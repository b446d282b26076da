import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Single-spaced statistics whose first columns are the sums of the later ones: a row with an
 * empty cell stands where those sums hold. Examples written for this test.
 */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('a short row placed by the sums between columns', () => {
  it('puts the empty cell among the parts where both years\' sums hold (totals first, a year a column)', () => {
    const [t] = tablesOf([
      'Antal anställda 2022 och 2023',
      '',
      'Förvaltning Alla 2022 Alla 2023 Kvinnor 2022 Kvinnor 2023 Män 2022 Män 2023',
      'Skola 1 240 1 310 930 990 310 320',
      'Omsorg 2 115 2 160 1 820 1 850 295 310',
      'Teknik 410 425 120 130 290 295',
      'Kultur 96 102 70 74 26 28',
      'Revision 12 14 12 9 5',
      'Miljö 154 160 88 92 66 68',
    ]);
    expect(rowsOf(t!)[4]).toEqual(['Revision', '12?', '14?', '12?', '9?', 'null', '5?']);
  });

  it('puts it among the parts of three years, a year a column under each (lägenheter, upplåtelse)', () => {
    const [t] = tablesOf([
      'Färdigställda lägenheter',
      '',
      'Kommun Totalt 2020 Totalt 2021 Totalt 2022 Hyresrätt 2020 Hyresrätt 2021 Hyresrätt 2022 Bostadsrätt 2020 Bostadsrätt 2021 Bostadsrätt 2022',
      'Norrby 300 320 340 200 210 220 100 110 120',
      'Mellby 450 470 500 250 260 280 200 210 220',
      'Söderby 180 190 205 100 105 110 80 85 95',
      'Västby 600 640 660 400 420 430 200 220 230',
      'Österby 150 160 175 120 160 165 30 10',
    ]);
    // 150 = 120 + 30, 160 = 160 + 0 and 175 = 165 + 10: no tenant-owned flats in 2021.
    expect(rowsOf(t!)[4]).toEqual(['Österby', '150?', '160?', '175?', '120?', '160?', '165?', '30?', 'null', '10?']);
  });

  it('leaves the row where the reader put it when a placement would hold only by leaving a sum empty', () => {
    const [t] = tablesOf([
      'Län Alla 2015 Alla 2016 Småhus 2015 Småhus 2016 Flerbostadshus 2015 Flerbostadshus 2016',
      'Kalmar 256 316 69 98 187 218',
      'Gotland 105 117 14 25 91 92',
      'Skåne 2 848 2 528 620 489 2 228 2 039',
      'Halland 722 568 334 296 388',
      'Jämtland 140 160 60 70 80 90',
    ]);
    // Cut after its fifth figure: no placement holds both years' sums (the reader's own stays); shifted
    // right, 722 = 334 + 388 would hold as the second year's sum, with the first year's sum empty.
    expect(rowsOf(t!)[3]).toEqual(['Halland', '722?', '568?', '334?', 'null', '296?', '388?']);
  });
});
