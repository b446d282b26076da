import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { holdsRowSum, rowSumSide } from '../../src/layout/row-sum-column.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A column holding each row's sum picks the split of rows whose digit groups are spaced like the
 * columns. Every example is written here; the sums were worked out by hand.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
/** Rows as label and values, "?" after a value the reading is not sure of. */
const read = (t: Table): string[][] =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);
const d = (...xs: (number | null)[]) => xs.map((x) => (x === null ? null : new Decimal(x)));

describe('row-sum column: the relation', () => {
  it('holds when the last (or first) value is the sum of the others', () => {
    expect(holdsRowSum(d(1250, -310, 45, 985), 'last')).toBe(true);
    expect(holdsRowSum(d(1250, 250, 1000), 'first')).toBe(true);
    expect(holdsRowSum(d(1250, 250, 1000), 'last')).toBe(false);
    // A blank cell, two values, or parts that are all zero prove nothing.
    expect(holdsRowSum(d(5, null, 5), 'last')).toBe(false);
    expect(holdsRowSum(d(5, 5), 'last')).toBe(false);
    expect(holdsRowSum(d(0, 0, 0), 'last')).toBe(false);
  });

  it('is the table\'s only when most rows read in full show it', () => {
    const shows = [[d(1, 2, 3)], [d(4, 5, 9), d(45, 9, 1)], [d(10, 0, 10)]];
    expect(rowSumSide(shows)).toBe('last');
    expect(rowSumSide([...shows, [d(1, 1, 5)], [d(2, 2, 7)]])).toBeNull();
    // Two rows are too few to tell a column from chance.
    expect(rowSumSide(shows.slice(0, 2))).toBeNull();
  });
});

describe('row-sum column in spaced tables', () => {
  it('reads rows whose digit groups split two ways by the sum column last, as certain', () => {
    const [t] = tablesOf(
      [
        'Nettokostnad per kommundel, tkr',
        '',
        'Kommundel Skola Omsorg Kultur Summa',
        'Norrby 1 250 -310 45 985',
        'Söderby 12 400 2 075 0 14 475',
        'Västby 980 1 120 15 2 115',
        'Österby -2 300 450 30 -1 820',
      ].join('\n'),
    );
    expect(read(t!)).toEqual([
      ['Norrby', '1250000', '-310000', '45000', '985000'],
      ['Söderby', '12400000', '2075000', '0', '14475000'],
      ['Västby', '980000', '1120000', '15000', '2115000'],
      ['Österby', '-2300000', '450000', '30000', '-1820000'],
    ]);
  });

  it('reads a table with its sum column first', () => {
    const [t] = tablesOf(
      [
        'Anställda efter huvudman, december',
        '',
        'Ort Totalt Staten Kommunen',
        'Alby 1 250 250 1 000',
        'Borgby 2 480 1 480 1 000',
        'Cedby 740 120 620',
        'Dalby 3 060 60 3 000',
      ].join('\n'),
    );
    expect(read(t!)).toEqual([
      ['Alby', '1250', '250', '1000'],
      ['Borgby', '2480', '1480', '1000'],
      ['Cedby', '740', '120', '620'],
      ['Dalby', '3060', '60', '3000'],
    ]);
  });

  it('never reads a zero as the start of a grouped number', () => {
    // The header does not count the columns; "0 157" as one number would make every row two values.
    const [t] = tablesOf(['Utfall per post', '', 'Kostnader under', 'kvartalets tre månader', 'Hyror 0 157 12', 'Avgifter 0 200 4', 'Övrigt 0 350 9'].join('\n'));
    expect(read(t!)).toEqual([
      ['Hyror', '0', '157', '12'],
      ['Avgifter', '0', '200', '4'],
      ['Övrigt', '0', '350', '9'],
    ]);
  });

  it('takes one column more than the digits need when a row holds its sum only so, and places the short rows by it', () => {
    // Header one title a line: it does not count the columns. "Övrigt" has a figure in one row only.
    const [t] = tablesOf(
      [
        'Intäkter per enhet, tkr',
        '',
        'Enhet',
        'Nord',
        'Syd',
        'Öst',
        'Väst',
        'Centrum',
        'Övrigt',
        'Totalt',
        'Hyror 1 200 2 450 3 100 1 050 2 200 10 000',
        'Avgifter 4 310 1 020 2 005 3 400 1 265 12 000',
        'Bidrag 2 500 3 500 1 000 2 000 1 000 450 10 450',
        'Försäljning 1 105 2 045 3 010 4 020 5 030 15 210',
        'Summa 9 115 9 015 9 115 10 470 9 495 450 47 660',
      ].join('\n'),
    );
    expect(t!.columns).toHaveLength(7);
    expect(read(t!)).toEqual([
      ['Hyror', '1200000?', '2450000?', '3100000?', '1050000?', '2200000?', '', '10000000?'],
      ['Avgifter', '4310000?', '1020000?', '2005000?', '3400000?', '1265000?', '', '12000000?'],
      ['Bidrag', '2500000', '3500000', '1000000', '2000000', '1000000', '450000', '10450000'],
      ['Försäljning', '1105000?', '2045000?', '3010000?', '4020000?', '5030000?', '', '15210000?'],
      ['Summa', '9115000', '9015000', '9115000', '10470000', '9495000', '450000', '47660000'],
    ]);
  });
});

describe('row-sum column in a short table under an indented header', () => {
  it('splits the rows of money by their Summa column, a percent row beside them, each row in the unit its label states', () => {
    const text = [
      'Utfall per verksamhet',
      '',
      '  Skolor Vård Omsorg Kultur Fritid Summa',
      // 12 450 + 8 300 + 1 250 + 640 + 2 010 = 24 650; 12 980 + 8 120 + 1 310 + 598 + 1 902 = 24 910.
      'Budget, tkr 12 450 8 300 1 250 640 2 010 24 650',
      'Utfall, tkr 12 980 8 120 1 310 598 1 902 24 910',
      // 12 980 / 12 450 = 104,3 %; 8 120 / 8 300 = 97,8 %; … 24 910 / 24 650 = 101,1 %.
      'Utfall i procent av budget 104,3 97,8 104,8 93,4 94,6 101,1',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Skolor', 'Vård', 'Omsorg', 'Kultur', 'Fritid', 'Summa']);
    expect(read(t!).map((r) => r.map((v) => v.replace('?', '')))).toEqual([
      ['Budget, tkr', '12450000', '8300000', '1250000', '640000', '2010000', '24650000'],
      ['Utfall, tkr', '12980000', '8120000', '1310000', '598000', '1902000', '24910000'],
      ['Utfall i procent av budget', '104.3', '97.8', '104.8', '93.4', '94.6', '101.1'],
    ]);
  });

  it('does so with the sum in the first column and the unit in parentheses', () => {
    const text = [
      'Regionala medel',
      '',
      '  Totalt Norr Söder Öst Väst',
      // 1 120 + 905 + 640 + 740 = 3 405; 1 098 + 870 + 612 + 718 = 3 298.
      'Anslag (mnkr) 3 405 1 120 905 640 740',
      'Utbetalt (mnkr) 3 298 1 098 870 612 718',
      'Andel utbetalt, procent 96,9 98,0 96,1 95,6 97,0',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(t!.columns.map((c) => c.header.join(' '))).toEqual(['Totalt', 'Norr', 'Söder', 'Öst', 'Väst']);
    expect(read(t!).map((r) => r.map((v) => v.replace('?', '')))).toEqual([
      ['Anslag (mnkr)', '3405000000', '1120000000', '905000000', '640000000', '740000000'],
      ['Utbetalt (mnkr)', '3298000000', '1098000000', '870000000', '612000000', '718000000'],
      ['Andel utbetalt, procent', '96.9', '98', '96.1', '95.6', '97'],
    ]);
  });

  it('chooses by the sum where the column sizes would join two values, seven parts to a row', () => {
    const text = [
      '  Bygg Drift Underhåll IT Lokaler Personal Övrigt Summa',
      // 31 604 + 815 + 212 + 11 970 + 4 025 + 2 230 + 1 390 = 52 246; 28 410 + 804 + 105 + 14 920 + 3 508 + 1 702 + 2 110 = 51 559.
      'Utfall 2021–2023, mnkr 31 604 815 212 11 970 4 025 2 230 1 390 52 246',
      'Plan 2021–2023, mnkr 28 410 804 105 14 920 3 508 1 702 2 110 51 559',
      'Utfall i procent av plan 111,2 101,4 201,9 80,2 114,7 131,0 65,9 101,3',
      '',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(read(t!).map((r) => r.map((v) => v.replace('?', '')).slice(1, 4))).toEqual([
      ['31604000000', '815000000', '212000000'],
      ['28410000000', '804000000', '105000000'],
      ['111.2', '101.4', '201.9'],
    ]);
  });
});
