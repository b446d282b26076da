import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

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

  it('reads twelve months and the year of decimals, and a wide table whose row splits several ways as uncertain', () => {
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
    // Fourteen figures for thirteen columns, several pairs of them one value ("64 120", "652 664"): the header names
    // thirteen years, so the table is read that wide, the row that splits several ways read by the columns' sizes and
    // every one of its cells uncertain; the column sums it breaks are warnings, never errors.
    const lines = [
      'Region 2011 2012 2013 2014 2015 2016 2017 2018 2019 2020 2021 2022 2023',
      'Stockholm 1 200 1 235 1 270 1 305 1 340 1 375 1 410 1 445 1 480 1 515 1 550 1 585 1 620',
      'Uppsala 64 120 652 664 676 688 700 712 724 736 748 760 772 784',
      'Skåne 980 1 001 1 022 1 043 1 064 1 085 1 106 1 127 1 148 1 169 1 190 1 211 1 232',
      'Totalt 2 820 2 888 2 956 3 024 3 092 3 160 3 228 3 296 3 364 3 432 3 500 3 568 3 636',
    ];
    const [split] = tablesOf(lines);
    expect(split!.columns).toHaveLength(13);
    expect(split!.rows.map((r) => r.label)).toEqual(['Stockholm', 'Uppsala', 'Skåne', 'Totalt']);
    expect(split!.rows[1]!.cells.every((c) => c.uncertain !== undefined)).toBe(true);
    expect(rowsOf(split!)[2]).toEqual(['Skåne', '980', '1001', '1022', '1043', '1064', '1085', '1106', '1127', '1148', '1169', '1190', '1211', '1232']);
    const findings = findingsOf(columnTotal, [{ file: 'case.txt', text: lines.join('\n') + '\n' }]);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads a table as wide as a header that names each of its columns, twelve months and their sum', () => {
    const [t] = tablesOf([
      'Besökare per månad',
      '',
      'Område Jan Feb Mar Apr Maj Jun Jul Aug Sep Okt Nov Dec Summa',
      'Norra 5 185 914 960 764 7 091 5 039 656 4 550 3 983 263 732 235 30 372',
      'Södra 314 3 727 421 4 225 1 353 524 2 067 1 055 6 078 6 014 813 592 27 183',
      'Östra 158 6 859 9 995 474 563 738 5 031 9 396 5 110 7 017 137 6 582 52 060',
      'Västra 6 569 819 6 190 281 6 067 265 9 741 4 888 5 099 766 1 536 442 42 663',
      'Totalt 12 226 12 319 17 566 5 744 15 074 6 566 17 495 19 889 20 270 14 060 3 218 7 851 152 278',
    ]);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'Maj', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dec', 'Summa']);
    expect(rowsOf(t!)).toEqual([
      ['Norra', '5185', '914', '960', '764', '7091', '5039', '656', '4550', '3983', '263', '732', '235', '30372'],
      ['Södra', '314', '3727', '421', '4225', '1353', '524', '2067', '1055', '6078', '6014', '813', '592', '27183'],
      ['Östra', '158', '6859', '9995', '474', '563', '738', '5031', '9396', '5110', '7017', '137', '6582', '52060'],
      ['Västra', '6569', '819', '6190', '281', '6067', '265', '9741', '4888', '5099', '766', '1536', '442', '42663'],
      ['Totalt', '12226', '12319', '17566', '5744', '15074', '6566', '17495', '19889', '20270', '14060', '3218', '7851', '152278'],
    ]);
  });

  it('reads fourteen year columns of signed figures, each row splitting several ways, as uncertain', () => {
    const [t] = tablesOf([
      'Kostnader, tkr',
      '',
      'Kostnadsslag 2011 2012 2013 2014 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024',
      'Personal −7 502 −3 125 4 050 −1 585 1 686 −345 164 1 492 551 755 −7 592 384 824 625',
      'Lokaler 676 966 117 −6 251 −1 296 4 252 189 519 823 −3 011 −7 430 −6 968 2 908 −4 520',
      'Resor 411 503 318 6 389 175 −354 477 701 −3 095 −3 841 −2 696 4 220 718 −734',
    ]);
    expect(t!.columns).toHaveLength(14);
    expect(rowsOf(t!)).toEqual([
      ['Personal', ...['-7502', '-3125', '4050', '-1585', '1686', '-345', '164', '1492', '551', '755', '-7592', '384', '824', '625'].map((v) => `${v}000?`)],
      ['Lokaler', ...['676', '966', '117', '-6251', '-1296', '4252', '189', '519', '823', '-3011', '-7430', '-6968', '2908', '-4520'].map((v) => `${v}000?`)],
      ['Resor', ...['411', '503', '318', '6389', '175', '-354', '477', '701', '-3095', '-3841', '-2696', '4220', '718', '-734'].map((v) => `${v}000?`)],
    ]);
  });
});
