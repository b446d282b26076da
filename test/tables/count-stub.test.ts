import { describe, expect, it } from 'vitest';
import { stubCount } from '../../src/tables/count-stub.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * The title over the labels names what the figures count ("Antal", "Antal ansökningar"): the
 * figures are a count, whatever money the caption names. Tables written for this test.
 */
const read = (file: string, text: string) =>
  docOf({ file, text }).tables.map((t) => ({
    units: t.columns.map((c) => c.unit),
    rows: t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? null)]),
  }));

describe('a count named over the labels', () => {
  it('is a count, the words after it what is counted', () => {
    const towns = ['Arvika', 'Eda', 'Summa'];
    expect(stubCount('Antal', towns)).toEqual({ unit: 'count', scale: 1 });
    expect(stubCount('Antal ansökningar', towns)).toEqual({ unit: 'count', scale: 1 });
    expect(stubCount('Antal personer', towns)).toEqual({ unit: 'persons', scale: 1 });
    expect(stubCount('Kommun', towns)).toBeNull();
    expect(stubCount('Antal (tkr)', towns)).toBeNull();
    expect(stubCount('Belopp, antal', towns)).toBeNull();
  });

  it('names the rows, not the figures, where the labels are counts themselves', () => {
    expect(stubCount('Antal barn', ['1', '2', '3 eller fler'])).toBeNull();
    const text = 'Barnbidrag per månad, kronor\n\nAntal barn\t2023\t2024\n1 barn\t1 250\t1 250\n2 barn\t2 650\t2 650\n3 barn\t4 480\t4 480\n';
    expect(read('a.txt', text)[0]!.units).toEqual(['SEK', 'SEK']);
  });

  it('makes the figures counts under a caption in thousand kronor, a tab table', () => {
    const text = 'Utbetalt stöd, tkr\n\nAntal\t2023\t2024\nArvika\t12\t13\nEda\t3\t4\nSumma\t15\t17\n';
    expect(read('a.txt', text)).toEqual([
      {
        units: ['count', 'count'],
        rows: [
          ['Arvika', '12', '13'],
          ['Eda', '3', '4'],
          ['Summa', '15', '17'],
        ],
      },
    ]);
  });

  it('makes the figures counts under a caption in kronor, a pipe table, a money column keeping its own unit', () => {
    const text = 'Beviljade bidrag (kronor)\n\n| Antal ansökningar | 2024 | Belopp (tkr) |\n|---|---|---|\n| Arvika | 12 | 1 300 |\n| Eda | 3 | 400 |\n';
    expect(read('a.md', text)).toEqual([
      {
        units: ['count', 'SEK'],
        rows: [
          ['Arvika', '12', '1300000'],
          ['Eda', '3', '400000'],
        ],
      },
    ]);
  });
});
