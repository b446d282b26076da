import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Tables of two rows whose header titles the label column too, in layouts written for this test. */
const read = (text: string) =>
  docOf({ text }).tables.map((t) => ({
    stub: t.labelHeader,
    headers: t.columns.map((c) => c.header.join(' / ')),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]),
    readBy: [...new Set(t.rows.flatMap((r) => r.cells.map((c) => c.readBy ?? null)))],
  }));

describe('two rows under a header with a title over the labels', () => {
  it('reads a stub title beside word titles, under group titles', () => {
    const text = [
      'Regionernas ekonomi, mnkr',
      '',
      '               Hälso- och sjukvård   Tandvård',
      'Län            Budget   Utfall       Budget   Utfall',
      'Kalmar län     1 250    1 310        880      920',
      'Gotlands län     410      395        102       99',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      {
        stub: 'Län',
        headers: ['Hälso- och sjukvård / Budget', 'Hälso- och sjukvård / Utfall', 'Tandvård / Budget', 'Tandvård / Utfall'],
        rows: [
          ['Kalmar län', '1250000000', '1310000000', '880000000', '920000000'],
          ['Gotlands län', '410000000', '395000000', '102000000', '99000000'],
        ],
        readBy: [null],
      },
    ]);
  });

  it('reads a stub title beside two years set right over their figures, with no group titles', () => {
    const text = [
      'Region            2022     2023',
      'Region Skåne      3 412    3 518',
      'Region Gävleborg    602      645',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      {
        stub: 'Region',
        headers: ['2022', '2023'],
        rows: [
          ['Region Skåne', '3412', '3518'],
          ['Region Gävleborg', '602', '645'],
        ],
        readBy: [null],
      },
    ]);
  });

  it('reads a stub title beside years set left over their figures, under group titles', () => {
    const text = [
      '                 Inkomster        Utgifter',
      'Myndighet        2022    2023     2022    2023',
      'Kustbevakningen  88,5    91,2     1 102   1 187',
      'Sjöfartsverket   412,0   430,9    2 215   2 301',
      '',
    ].join('\n');
    expect(read(text)).toEqual([
      {
        stub: 'Myndighet',
        headers: ['Inkomster / 2022', 'Inkomster / 2023', 'Utgifter / 2022', 'Utgifter / 2023'],
        rows: [
          ['Kustbevakningen', '88.5', '91.2', '1102', '1187'],
          ['Sjöfartsverket', '412', '430.9', '2215', '2301'],
        ],
        readBy: [null],
      },
    ]);
  });
});

describe('two rows whose header does not title each column once', () => {
  it('reads no table where one title stands over two columns of figures', () => {
    const grouped = ['                 Kommuner         Regioner', 'Län              Budget och utfall   Budget', 'Kalmar län       1 250    1 310      880', 'Gotlands län       410      395      102', ''];
    const alone = ['Län              Budget och utfall    Budget', 'Kalmar län       1 250    1 310      880', 'Gotlands län       410      395      102', ''];
    expect(read(grouped.join('\n'))).toEqual([]);
    expect(read(alone.join('\n'))).toEqual([]);
  });

  it('reads no table where a title stands over no column of figures', () => {
    const text = ['Län          Budget      Utfall        Prognos', 'Kalmar län     1 250              1 310   1 400', 'Gotlands län     410                395     420', ''].join('\n');
    expect(read(text)).toEqual([]);
  });

  it('reads no table where the first title starts short of the labels', () => {
    const text = ['   Län               Budget    Utfall', 'Kalmar län          1 250     1 310', 'Gotlands län          410       395', ''].join('\n');
    expect(read(text)).toEqual([]);
  });

  it('leaves such a header to the years it ends in, when they count the columns (figure-rows.ts)', () => {
    const text = ['   Län               2022      2023', 'Kalmar län          1 250     1 310', 'Gotlands län          410       395', ''].join('\n');
    expect(read(text)).toEqual([
      {
        stub: 'Län',
        headers: ['2022', '2023'],
        rows: [
          ['Kalmar län', '1250', '1310'],
          ['Gotlands län', '410', '395'],
        ],
        readBy: [null],
      },
    ]);
  });
});
