import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { splitNote } from '../../src/layout/looks-numeric.js';

/** Tables whose cells carry a web page's bracketed reference marks, written for this test. */
const read = (file: string, text: string) => {
  const doc = docOf({ file, text });
  return {
    rows: doc.tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])),
    notes: doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.note ?? null))).filter((n) => n !== null),
  };
};

describe('a bracketed reference mark after a figure', () => {
  it('is the cell\'s note in a tab-separated table, and the column adds up', () => {
    const text = [
      'Röster per parti',
      '',
      'Parti\tRöster\tMandat',
      'Parti A\t12 345\t21',
      'Parti B\t8 901[2]\t15',
      'Parti C\t8 720 [a]\t15',
      'Totalt\t29 966\t51',
      '',
    ].join('\n');
    const { rows, notes } = read('w.txt', text);
    expect(rows).toEqual([
      [
        ['Parti A', '12345', '21'],
        ['Parti B', '8901', '15'],
        ['Parti C', '8720', '15'],
        ['Totalt', '29966', '51'],
      ],
    ]);
    expect(notes).toEqual(['[2]', '[a]']);
  });

  it('is the cell\'s note in a Markdown table of amounts, several marks in a row', () => {
    const text = [
      '| Län | Beviljat (tkr) |',
      '|---|---|',
      '| Stockholms län | 12 400 |',
      '| Uppsala län | 3 100[not 3][4] |',
      '| Gotlands län | 900 |',
      '| Summa | 16 400 |',
      '',
    ].join('\n');
    const { rows, notes } = read('w.md', text);
    expect(rows).toEqual([
      [
        ['Stockholms län', '12400000'],
        ['Uppsala län', '3100000'],
        ['Gotlands län', '900000'],
        ['Summa', '16400000'],
      ],
    ]);
    expect(notes).toEqual(['[not 3][4]']);
  });
});

describe('splitNote with bracketed marks', () => {
  it('splits the marks a web page sets', () => {
    expect(splitNote('8 901[2]')).toEqual({ number: '8 901', note: '[2]' });
    expect(splitNote('45,2 [b]')).toEqual({ number: '45,2', note: '[b]' });
    expect(splitNote('1 200[källa behövs]')).toEqual({ number: '1 200', note: '[källa behövs]' });
  });
  it('leaves brackets that are no mark', () => {
    expect(splitNote('1 200 [preliminärt belopp]').note).toBeNull();
    expect(splitNote('[2]').note).toBeNull();
    expect(splitNote('12 [1234]').note).toBeNull();
  });
});
