import { describe, expect, it } from 'vitest';
import { isCodeAboveLabel } from '../../src/layout/code-above-label.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Budget lists whose item codes stand on lines of their own above the names. Examples written here; totals summed by hand. */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? '')]);

describe('isCodeAboveLabel', () => {
  it('takes codes with a dot or a colon', () => {
    for (const c of ['21.01', '01.', '28.10.01', '1:1', ' 40. ']) expect(isCodeAboveLabel(c), c).toBe(true);
  });
  it('leaves plain numbers, amounts and words', () => {
    for (const c of ['45', '12 400', '1.200.000', '2023', 'Omkostnader', '01. Omkostnader', '']) expect(isCodeAboveLabel(c), c).toBe(false);
  });
});

describe('a budget code on the line above its row', () => {
  // 12 400 + 3 200 + 8 100 + 900 = 24 600; 13 100 + 3 500 + 8 300 + 950 = 25 850.
  const expected = [
    ['21.01 Omkostnader för ministeriet', '12400', '13100'],
    ['21.02 Utvecklingsprojekt', '3200', '3500'],
    ['21.03 Statsunderstöd', '8100', '8300'],
    ['21.04 Övriga utgifter', '900', '950'],
    ['Sammanlagt', '24600', '25850'],
  ];

  it('begins the label of a row set in single-spaced columns', () => {
    const text = [
      'Moment 2022 2023',
      '21.01',
      'Omkostnader för ministeriet 12 400 13 100',
      '21.02',
      'Utvecklingsprojekt 3 200 3 500',
      '21.03',
      'Statsunderstöd 8 100 8 300',
      '21.04',
      'Övriga utgifter 900 950',
      'Sammanlagt 24 600 25 850',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual(expected);
  });

  it('begins the label of a row in aligned columns, under a header of titled years', () => {
    const text = [
      'Moment                                 Budget 2023   Budget 2024',
      '01.',
      'Omkostnader (reservationsanslag 2 år)        45 210        46 800',
      '02.',
      'Forskning (reservationsanslag 3 år)          12 050        12 400',
      '20.',
      'Stöd till landsbygden (förslagsanslag)       88 300        90 100',
      '40.',
      'Övriga stöd (reservationsanslag 2 år)         4 440         4 700',
      'Sammanlagt                                  150 000       154 000',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    // 45 210 + 12 050 + 88 300 + 4 440 = 150 000; 46 800 + 12 400 + 90 100 + 4 700 = 154 000.
    expect(rowsOf(t!)).toEqual([
      ['01. Omkostnader (reservationsanslag 2 år)', '45210', '46800'],
      ['02. Forskning (reservationsanslag 3 år)', '12050', '12400'],
      ['20. Stöd till landsbygden (förslagsanslag)', '88300', '90100'],
      ['40. Övriga stöd (reservationsanslag 2 år)', '4440', '4700'],
      ['Sammanlagt', '150000', '154000'],
    ]);
  });

  it('begins the label of a row pasted one cell a line', () => {
    const cells = ['Moment', '2022', '2023'];
    for (const [label, a, b] of expected.slice(0, 4)) {
      const [code, ...name] = label!.split(' ');
      cells.push(code!, name.join(' '), a!.replace(/(\d)(?=\d{3}$)/, '$1 '), b!.replace(/(\d)(?=\d{3}$)/, '$1 '));
    }
    cells.push('Sammanlagt', '24 600', '25 850');
    const [t] = tablesOf([...cells, ''].join('\n'));
    expect(rowsOf(t!)).toEqual(expected);
  });
});
