import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Rows whose last cells a copied web table put on lines of their own, written for this test. */
const tables = (text: string) => docOf({ file: 'w.txt', text }).tables;
const rowsOf = (text: string) => tables(text).map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a row whose last cells stand on lines of their own', () => {
  it('takes two lone values under a row of one as its second and third cells', () => {
    const text = [
      'Befolkning efter ålder',
      '',
      'Befolkning 2023 Totalt Flickor Pojkar',
      'Alla åldrar 48 210 23 950 24 260',
      '0–5 år 3 412',
      '1 650',
      '1 762',
      '6–15 år 6 020 2 930 3 090',
      '16–19 år 2 210 1 080 1 130',
      '',
    ].join('\n');
    expect(rowsOf(text)[0]).toEqual([
      ['Alla åldrar', '48210', '23950', '24260'],
      ['0–5 år', '3412', '1650', '1762'],
      ['6–15 år', '6020', '2930', '3090'],
      ['16–19 år', '2210', '1080', '1130'],
    ]);
    // The moved cells are a reading: a sum over them can only warn.
    const row = tables(text)[0]!.rows[1]!;
    expect(row.cells.map((c) => c.readBy)).toEqual([undefined, 'wrapped', 'wrapped']);
  });

  it('takes one lone value under a row of two, in a budget with decimals', () => {
    const text = [
      'Nämnd Budget 2024 Budget 2025',
      'Kultur 12,5 13,1',
      'Fritid 8,4',
      '8,9',
      'Teknik 30,2 31,0',
      'Omsorg 140,6 146,2',
      '',
    ].join('\n');
    expect(rowsOf(text)[0]).toEqual([
      ['Kultur', '12.5', '13.1'],
      ['Fritid', '8.4', '8.9'],
      ['Teknik', '30.2', '31'],
      ['Omsorg', '140.6', '146.2'],
    ]);
  });

  it('leaves a lone value that sums the rows above it: a sum line, not a tail', () => {
    // 120 + 80 = 200: the line under "Hyror" sums the two rows; the 2023 cell of "Hyror" is blank.
    const text = ['Intäkter 2024 2023', 'Avgifter 120 110', 'Hyror 80', '200', 'Bidrag 40 35', 'Räntor 12 14', ''].join('\n');
    const rows = rowsOf(text)[0]!;
    expect(rows.find((r) => r[0] === 'Hyror')).toEqual(['Hyror', '80', null]);
  });

  it('leaves lone values when more of them follow than the row lacks', () => {
    const text = ['Post 2024 2023', 'Avgifter 120 110', 'Hyror 80', '7', '9', 'Bidrag 40 35', 'Räntor 12 14', ''].join('\n');
    const rows = rowsOf(text)[0]!;
    expect(rows.find((r) => r[0] === 'Hyror')).toEqual(['Hyror', '80', null]);
  });
  it('puts one lone value under a row of one in the last column, the cell between left empty', () => {
    const text = [
      'Bidrag per kommun',
      '',
      'Kommun Driftbidrag Investeringsbidrag Summa',
      'Norrby 1 250 640 1 890',
      'Västby 1 980',
      '1 980',
      'Söderby 2 115 310 2 425',
      'Österby 1 460 220 1 680',
      '',
    ].join('\n');
    expect(rowsOf(text)[0]).toEqual([
      ['Norrby', '1250', '640', '1890'],
      ['Västby', '1980', null, '1980'],
      ['Söderby', '2115', '310', '2425'],
      ['Österby', '1460', '220', '1680'],
    ]);
    expect(tables(text)[0]!.rows[1]!.cells.map((c) => c.readBy)).toEqual([undefined, undefined, 'wrapped']);
  });

  it('puts one lone value under a row of two in the last of four columns', () => {
    const text = [
      'Försäljning per kvartal, tkr',
      '',
      'Område Kv1 Kv2 Kv3 Helår',
      'Varor 200 210 190 600',
      'Tjänster 120 135',
      '255',
      'Licenser 40 45 50 135',
      'Övrigt 15 10 20 45',
      '',
    ].join('\n');
    expect(rowsOf(text)[0]).toEqual([
      ['Varor', '200000', '210000', '190000', '600000'],
      ['Tjänster', '120000', '135000', null, '255000'],
      ['Licenser', '40000', '45000', '50000', '135000'],
      ['Övrigt', '15000', '10000', '20000', '45000'],
    ]);
  });
});
