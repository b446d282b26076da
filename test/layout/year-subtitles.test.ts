import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { yearSubtitles } from '../../src/layout/year-subtitles.js';
import { docOf } from '../rules/rule-tester.js';

/** Years over titles repeated once a year. Written for this test. */
const tableOf = (text: string): Table => docOf({ file: 'a.txt', text }).tables[0]!;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('years over titles repeated once a year (year-subtitles.ts)', () => {
  it('pairs each year with each title after the stub title', () => {
    expect(yearSubtitles(['2021', '2022'], 'Region Antal Belopp, tkr Antal Belopp, tkr')).toEqual({
      label: 'Region',
      columns: ['2021 Antal', '2021 Belopp, tkr', '2022 Antal', '2022 Belopp, tkr'],
    });
    expect(yearSubtitles(['2019', '2020', '2021'], 'Kvinnor Män Kvinnor Män Kvinnor Män')).toEqual({
      label: '',
      columns: ['2019 Kvinnor', '2019 Män', '2020 Kvinnor', '2020 Män', '2021 Kvinnor', '2021 Män'],
    });
    // Titles that do not repeat, or one title a year: another header.
    expect(yearSubtitles(['2021', '2022'], 'Region Antal Belopp Summa Andel')).toBeNull();
    expect(yearSubtitles(['2021', '2022'], 'Region Belopp Belopp')).toBeNull();
  });

  it('reads an aligned table under years and repeated titles: counts stay counts, amounts take the title unit', () => {
    const t = tableOf(
      [
        'Beviljade medel per län',
        '',
        '                          2022                    2023',
        'Län                 Antal    Belopp, tkr    Antal    Belopp, tkr',
        'Stockholms län        12       4 500          14       5 100',
        'Uppsala län            4       1 200           5       1 350',
        'Skåne län              9       3 300          10       3 650',
        'Totalt                25       9 000          29      10 100',
        '',
      ].join('\n'),
    );
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2022 Antal', '2022 Belopp, tkr', '2023 Antal', '2023 Belopp, tkr']);
    expect(rowsOf(t)).toEqual([
      ['Stockholms län', '12', '4500000', '14', '5100000'],
      ['Uppsala län', '4', '1200000', '5', '1350000'],
      ['Skåne län', '9', '3300000', '10', '3650000'],
      ['Totalt', '25', '9000000', '29', '10100000'],
    ]);
  });

  it('reads the same in another layout: single spaces, two titles for women and men', () => {
    const t = tableOf(['2021 2022', 'Kommun Kvinnor Män Kvinnor Män', 'Norrby 1 204 1 180 1 230 1 199', 'Söderby 402 388 410 391', 'Österby 310 305 318 302', ''].join('\n'));
    expect(t.columns.map((c) => c.header.join(' '))).toEqual(['2021 Kvinnor', '2021 Män', '2022 Kvinnor', '2022 Män']);
    expect(rowsOf(t)).toEqual([
      ['Norrby', '1204', '1180', '1230', '1199'],
      ['Söderby', '402', '388', '410', '391'],
      ['Österby', '310', '305', '318', '302'],
    ]);
  });
});
