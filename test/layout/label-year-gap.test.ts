import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { giveBackGappedLabelYears, type GapLine } from '../../src/layout/label-year-gap.js';

/** Tables with labels that close with a year, written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'y.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

/** A line of cells right-aligned at the given ends, after a label. */
const row = (label: string, cells: string[], ends: number[]): string =>
  cells.reduce((s, c, k) => (c === '' ? s : s.padEnd(ends[k]! - c.length) + c), label);

describe('a year closing a row label in a table of wide gaps', () => {
  it('stays in the label of a short row, and the values stay under their columns', () => {
    const ends = [43, 56, 69];
    const text = [
      'Tabell 3. Nyckeltal för kommunerna',
      row('', ['Kommun A', 'Kommun B', 'Summa'], ends),
      row('Invånare 31 dec 2019', ['12 345', '23 456', '35 801'], ends),
      row('Skattesats 2019', ['22,10', '21,50', ''], ends),
      row('Antal anställda', ['410', '790', '1 200'], ends),
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Invånare 31 dec 2019', '12345', '23456', '35801'],
        ['Skattesats 2019', '22.1', '21.5', null],
        ['Antal anställda', '410', '790', '1200'],
      ],
    ]);
  });

  it('does the same in a table of four columns whose short row leaves out two', () => {
    const ends = [34, 44, 54, 64];
    const text = [
      'Personal per förvaltning, antal och procent',
      row('', ['Kvinnor', 'Män', 'Okänt', 'Totalt'], ends),
      row('Tillsvidareanställda', ['2 310', '840', '12', '3 162'], ends),
      row('Sjukfrånvaro, % 2018', ['6,8', '4,1', '', ''], ends),
      row('Visstidsanställda', ['402', '188', '3', '593'], ends),
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Tillsvidareanställda', '2310', '840', '12', '3162'],
        ['Sjukfrånvaro, % 2018', '6.8', '4.1', null, null],
        ['Visstidsanställda', '402', '188', '3', '593'],
      ],
    ]);
  });
});

describe('giveBackGappedLabelYears', () => {
  const tok = (text: string, from: number) => ({ text, from, to: from + text.length });
  const count = (run: string[]) => ({ min: run.length, max: run.length });
  const line = (toks: ReturnType<typeof tok>[], runAt: number): GapLine => ({ toks, runAt, range: count(toks.slice(runAt).map((t) => t.text)) });

  it('leaves a year standing under the years of the other rows (a column of years)', () => {
    const lines = [
      line([tok('Skola', 0), tok('A', 6), tok('1975', 30), tok('120', 40)], 2),
      line([tok('Skola', 0), tok('B', 6), tok('1982', 30), tok('98', 41)], 2),
      line([tok('Skola', 0), tok('C', 6), tok('1990', 30), tok('75', 41)], 2),
    ];
    giveBackGappedLabelYears(lines, 2, 3, count);
    expect(lines.map((l) => l.runAt)).toEqual([2, 2, 2]);
  });

  it('leaves a year set apart from the label by a wide gap, or followed by one space', () => {
    const lines = [
      line([tok('Skatt', 0), tok('2019', 20), tok('22,10', 40)], 1),
      line([tok('Skatt', 0), tok('2019', 6), tok('22,10', 11)], 1),
      line([tok('Avgift', 0), tok('410', 38), tok('790', 48)], 1),
      line([tok('Övrigt', 0), tok('12', 39), tok('45', 49)], 1),
    ];
    giveBackGappedLabelYears(lines, 2, 3, count);
    expect(lines.map((l) => l.runAt)).toEqual([1, 1, 1, 1]);
  });

  it('gives back the year when the label stands alone left of every column', () => {
    const lines = [
      line([tok('Skatt', 0), tok('2019', 6), tok('22,10', 38)], 1),
      line([tok('Avgift', 0), tok('410', 38), tok('790', 48)], 1),
      line([tok('Övrigt', 0), tok('12', 39), tok('45', 49)], 1),
    ];
    giveBackGappedLabelYears(lines, 2, 3, count);
    expect(lines.map((l) => l.runAt)).toEqual([2, 1, 1]);
  });
});
