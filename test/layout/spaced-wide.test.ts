import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Single-spaced tables wider than twelve columns: read where every row that fills the columns
 * reads one way, left unread where rows split several ways. Examples written for this test
 * ("_" stands for a no-break space).
 */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n').replace(/_/g, '\u00a0') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value?.toFixed() ?? null) + (c.uncertain !== undefined ? '?' : ''))]);

describe('wide single-spaced tables', () => {
  it('reads thirteen year columns whose figures group their digits by no-break spaces', () => {
    const [t] = tablesOf([
      'Region 2011 2012 2013 2014 2015 2016 2017 2018 2019 2020 2021 2022 2023',
      'Stockholm 1_200 1_235 1_270 1_305 1_340 1_375 1_410 1_445 1_480 1_515 1_550 1_585 1_620',
      'Uppsala 640 652 664 676 688 700 712 724 736 748 760 772 784',
      'Skåne 980 1_001 1_022 1_043 1_064 1_085 1_106 1_127 1_148 1_169 1_190 1_211 1_232',
      'Totalt 2_820 2_888 2_956 3_024 3_092 3_160 3_228 3_296 3_364 3_432 3_500 3_568 3_636',
    ]);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['2011', '2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    expect(rowsOf(t!)).toEqual([
      ['Stockholm', '1200', '1235', '1270', '1305', '1340', '1375', '1410', '1445', '1480', '1515', '1550', '1585', '1620'],
      ['Uppsala', '640', '652', '664', '676', '688', '700', '712', '724', '736', '748', '760', '772', '784'],
      ['Skåne', '980', '1001', '1022', '1043', '1064', '1085', '1106', '1127', '1148', '1169', '1190', '1211', '1232'],
      ['Totalt', '2820', '2888', '2956', '3024', '3092', '3160', '3228', '3296', '3364', '3432', '3500', '3568', '3636'],
    ]);
  });

  it('reads twelve months and the year of decimals, and leaves a wide table whose rows split several ways unread', () => {
    const [t] = tablesOf([
      'Arbetslöshet per månad 2022, procent',
      '',
      'Län Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec Helår',
      'Stockholms län 7,1 7,0 6,8 6,5 6,2 6,9 7,4 6,6 6,1 6,0 6,2 6,4 6,6',
      'Gotlands län 5,9 6,1 5,8 5,0 4,2 3,9 3,6 4,0 4,4 4,8 5,3 5,7 4,9',
      'Skåne län 9,8 9,7 9,5 9,1 8,8 9,2 9,6 9,0 8,7 8,6 8,8 9,1 9,2',
      'Norrbottens län 6,0 5,9 5,7 5,4 5,1 5,6 5,9 5,2 4,9 4,8 5,0 5,3 5,4',
    ]);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec', 'Helår']);
    expect(rowsOf(t!)).toEqual([
      ['Stockholms län', '7.1', '7', '6.8', '6.5', '6.2', '6.9', '7.4', '6.6', '6.1', '6', '6.2', '6.4', '6.6'],
      ['Gotlands län', '5.9', '6.1', '5.8', '5', '4.2', '3.9', '3.6', '4', '4.4', '4.8', '5.3', '5.7', '4.9'],
      ['Skåne län', '9.8', '9.7', '9.5', '9.1', '8.8', '9.2', '9.6', '9', '8.7', '8.6', '8.8', '9.1', '9.2'],
      ['Norrbottens län', '6', '5.9', '5.7', '5.4', '5.1', '5.6', '5.9', '5.2', '4.9', '4.8', '5', '5.3', '5.4'],
    ]);
    // Fourteen figures for thirteen columns, any two of them one value: the split would be a search, so no table is read.
    const split = tablesOf([
      'Region 2011 2012 2013 2014 2015 2016 2017 2018 2019 2020 2021 2022 2023',
      'Stockholm 1 200 1 235 1 270 1 305 1 340 1 375 1 410 1 445 1 480 1 515 1 550 1 585 1 620',
      'Uppsala 64 120 652 664 676 688 700 712 724 736 748 760 772 784',
      'Skåne 980 1 001 1 022 1 043 1 064 1 085 1 106 1 127 1 148 1 169 1 190 1 211 1 232',
      'Totalt 2 820 2 888 2 956 3 024 3 092 3 160 3 228 3 296 3 364 3 432 3 500 3 568 3 636',
    ]);
    expect(split).toEqual([]);
  });
});
