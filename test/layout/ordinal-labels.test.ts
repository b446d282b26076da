import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Categories numbered in their labels, figures set apart by single spaces, written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'o.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('labels numbered 1, 2, 3 before their figures', () => {
  it('puts the number back into the label when the total row leaves it out', () => {
    const text = ['Platser Belagda Andel', 'Klass 1 1463 1482 101,30%', 'Klass 2 2237 2239 100,09%', 'Klass 3 913 885 96,93%', 'Totalt 4613 4606 99,85%', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Klass 1', '1463', '1482', '101.3'],
        ['Klass 2', '2237', '2239', '100.09'],
        ['Klass 3', '913', '885', '96.93'],
        ['Totalt', '4613', '4606', '99.85'],
      ],
    ]);
  });

  it('reads zones numbered from 1 with a sum row in another wording', () => {
    const text = ['Elever per zon', '', 'Zon 1 1820 1764 96,9', 'Zon 2 2305 2290 99,3', 'Zon 3 640 655 102,3', 'Summa 4765 4709 98,8', ''].join('\n');
    expect(rowsOf(text)[0]).toEqual([
      ['Zon 1', '1820', '1764', '96.9'],
      ['Zon 2', '2305', '2290', '99.3'],
      ['Zon 3', '640', '655', '102.3'],
      ['Summa', '4765', '4709', '98.8'],
    ]);
  });

  it('leaves a first column that does not count 1, 2, 3 down the rows as figures', () => {
    const text = ['Platser Belagda Andel', 'Klass 4 1463 1482 101,30%', 'Klass 9 2237 2239 100,09%', 'Klass 2 913 885 96,93%', 'Totalt 4613 4606 99,85%', ''].join('\n');
    expect(rowsOf(text)[0]!.map((r) => r.slice(0, 2))).toEqual([
      ['Klass', '4'],
      ['Klass', '9'],
      ['Klass', '2'],
      ['Totalt', null],
    ]);
  });
});
