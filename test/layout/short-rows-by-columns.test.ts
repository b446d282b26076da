import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { fitsColumnByColumn } from '../../src/layout/short-rows-by-columns.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Many short rows over one sum row, too many placements to try together: placed column by column.
 * Written for this test; each table's placements were counted by hand-written brute force (one
 * reading adds up, or two).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? (c.raw.trim() === '' ? null : c.raw.trim()))]);
const exact = (n: number) => ({ lo: new Decimal(n), hi: new Decimal(n) });

describe('fitsColumnByColumn', () => {
  it('finds the one reading that adds up, and both where two do', () => {
    // Three columns; a row of 5 and 7 over a full row of 1 1 1: sums 6 1 8 place it in columns 0 and 2.
    const rows = [{ values: [exact(5), exact(7)], placements: [[0, 1], [0, 2], [1, 2]] }];
    expect(fitsColumnByColumn([6, 1, 8].map((n) => new Decimal(n)), [1, 1, 1].map(exact), rows, { left: 1000 })).toEqual([[1]]);
    // Two rows of one figure each, 4 and 4, over nothing, sums 4 and 4: either row in either column.
    const two = [
      { values: [exact(4)], placements: [[0], [1]] },
      { values: [exact(4)], placements: [[0], [1]] },
    ];
    expect(fitsColumnByColumn([4, 4].map((n) => new Decimal(n)), [0, 0].map(exact), two, { left: 1000 })).toEqual([
      [0, 1],
      [1, 0],
    ]);
    // Past its budget it knows nothing.
    expect(fitsColumnByColumn([4, 4].map((n) => new Decimal(n)), [0, 0].map(exact), two, { left: 2 })).toBeNull();
  });
});

describe('short rows placed column by column', () => {
  it('places five rows that each leave one year out, figures not grouped', () => {
    const text = [
      'Kostnader per kommun, kronor',
      '',
      'Kommun 2018 2019 2020 2021 2022 2023',
      'Ale 6305 3471 7468 1791 2186 9779',
      'Borås 6991 1950 9313 4517 1614',
      'Eslöv 8104 7851 2144 4943 2486 7955',
      'Falun 1968 4657 2013 7499 1812',
      'Gnesta 3181 5744 7867 3363 9858',
      'Höör 6054 3961 2688 4078 7101 2596',
      'Kalix 9974 2028 1976 9133 9711',
      'Lund 6146 8628 8424 6924 5911 5070',
      'Motala 3945 4999 5919 9604 9111',
      'Nacka 8353 5717 2199 2934 9387 7850',
      'Summa 50849 46827 37250 45782 61187 65356',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Ale', '6305', '3471', '7468', '1791', '2186', '9779'],
      ['Borås', null, '6991', '1950', '9313', '4517', '1614'],
      ['Eslöv', '8104', '7851', '2144', '4943', '2486', '7955'],
      ['Falun', '1968', null, '4657', '2013', '7499', '1812'],
      ['Gnesta', null, '3181', '5744', '7867', '3363', '9858'],
      ['Höör', '6054', '3961', '2688', '4078', '7101', '2596'],
      ['Kalix', '9974', '2028', '1976', null, '9133', '9711'],
      ['Lund', '6146', '8628', '8424', '6924', '5911', '5070'],
      ['Motala', '3945', '4999', null, '5919', '9604', '9111'],
      ['Nacka', '8353', '5717', '2199', '2934', '9387', '7850'],
      ['Summa', '50849', '46827', '37250', '45782', '61187', '65356'],
    ]);
    expect(t!.rows[1]!.cells.filter((c) => c.value !== null).every((c) => c.placedByGuess === true)).toBe(true);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('places six rows among dots and figures hidden below five, weeks as titles', () => {
    const text = [
      'Antal ärenden per vecka',
      '',
      'Område Vecka 1 Vecka 2 Vecka 3 Vecka 4 Vecka 5 Vecka 6 Vecka 7',
      'Region Norr 43 47 97 97 33 39',
      'Region Mitt 28 38 .. 33 26 19 78',
      'Region Syd 47 13 65 26 97 87',
      'Region Väst 45 28 20 43 67 65',
      'Region Öst 42 55 39 72 80 <5 64',
      'Gotland 95 56 91 50 93 25',
      'Halland 86 91 43 98 67 88',
      'Dalarna 27 96 66 78 32 47',
      'Jämtland <5 76 55 42 57 68 43',
      'Summa 368 438 363 607 484 377 471',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Region Norr', '43', '47', '97', '97', '33', null, '39'],
      ['Region Mitt', '28', '38', '..', '33', '26', '19', '78'],
      ['Region Syd', null, '47', '13', '65', '26', '97', '87'],
      ['Region Väst', '45', '28', '20', '43', '67', '65', null],
      ['Region Öst', '42', '55', '39', '72', '80', '<5', '64'],
      ['Gotland', '95', '56', null, '91', '50', '93', '25'],
      ['Halland', '86', '91', '43', '98', '67', null, '88'],
      ['Dalarna', '27', null, '96', '66', '78', '32', '47'],
      ['Jämtland', '<5', '76', '55', '42', '57', '68', '43'],
      ['Summa', '368', '438', '363', '607', '484', '377', '471'],
    ]);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('places none where two readings add up, each moving a figure', () => {
    // Region Norr may leave week 1 or week 2 out, Region Väst the other: both readings add up.
    const text = [
      'Antal ärenden per vecka',
      '',
      'Område Vecka 1 Vecka 2 Vecka 3 Vecka 4 Vecka 5 Vecka 6 Vecka 7',
      'Region Norr 67 69 67 75 85 34',
      'Region Mitt 75 70 .. 88 33 22 67',
      'Region Syd 48 28 21 78 91 15',
      'Region Väst 67 93 88 93 30 89',
      'Region Öst 77 18 17 14 34 <5 86',
      'Gotland 13 51 66 85 35 76',
      'Halland 91 47 73 10 94 68',
      'Dalarna 45 62 80 20 50 39',
      'Jämtland <5 13 18 82 23 61 23',
      'Summa 418 305 422 513 437 377 497',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    const norr = t!.rows[0]!.cells.filter((c) => c.value !== null);
    expect(norr.map((c) => c.value!.toFixed())).toEqual(['67', '69', '67', '75', '85', '34']);
    expect(norr.every((c) => c.placedByGuess === true || c.uncertain !== undefined)).toBe(true);
    expect(findingsOf(columnTotal, text).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
