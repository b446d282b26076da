import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { chooseBySums } from '../../src/layout/column-sum-splits.js';
import { docOf } from '../rules/rule-tester.js';

/** Small spaced tables whose digit groups split more than one way, closed by a total; examples written here. */
const d = (...xs: (number | null)[]): (Decimal | null)[] => xs.map((x) => (x === null ? null : new Decimal(x)));

describe('chooseBySums', () => {
  it('picks the one reading of every row whose columns add up to the total', () => {
    const rows = [
      { total: false, ways: [d(20, 30)] },
      { total: false, ways: [d(100200, 300), d(100, 200300)] },
      { total: true, ways: [d(100220, 330), d(100, 220330)] },
    ];
    expect(chooseBySums(rows, 2)).toEqual([0, 0, 0]);
  });

  it('decides nothing when two readings add up, none does, or no total closes the rows', () => {
    const twice = [
      { total: false, ways: [d(0, 0)] },
      { total: false, ways: [d(100, 200), d(200, 100)] },
      { total: true, ways: [d(100, 200), d(200, 100)] },
    ];
    expect(chooseBySums(twice, 2)).toBeNull();
    const none = [
      { total: false, ways: [d(20, 30)] },
      { total: false, ways: [d(100200, 300), d(100, 200300)] },
      { total: true, ways: [d(999, 1)] },
    ];
    expect(chooseBySums(none, 2)).toBeNull();
    expect(chooseBySums([none[0]!, none[1]!, { ...none[0]!, total: false }], 2)).toBeNull();
  });
});

const read = (text: string): (string | null)[][] =>
  docOf({ file: 'liten.txt', text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a small spaced table split by its total row', () => {
  it('reads "Män 100 200 300" as 100 200 | 300 when the total says so', () => {
    const text = ['Antal ärenden', '', 'Grupp 2022 2023', 'Kvinnor 20 30', 'Män 100 200 300', 'Totalt 100 220 330', ''].join('\n');
    expect(read(text)).toEqual([
      ['Kvinnor', '20', '30'],
      ['Män', '100200', '300'],
      ['Totalt', '100220', '330'],
    ]);
    // A reading by the sums, not a certainty: the cells stay marked.
    expect(docOf({ file: 'liten.txt', text }).tables[0]!.rows[1]!.cells[0]!.uncertain).toBeDefined();
  });

  it('reads it as 100 | 200 300 when the total says that, under another header and total word', () => {
    const text = ['Sökande per kön', '', 'Kön Sökt Antagna', 'Flickor 20 30', 'Pojkar 100 200 300', 'Summa 120 200 330', ''].join('\n');
    expect(read(text)).toEqual([
      ['Flickor', '20', '30'],
      ['Pojkar', '100', '200300'],
      ['Summa', '120', '200330'],
    ]);
  });
});
