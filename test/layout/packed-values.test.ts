import { describe, expect, it } from 'vitest';
import { holdsSeveralValues } from '../../src/layout/packed-values.js';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/**
 * Statements whose label is set apart by a wide gap and whose values by single spaces. Every
 * example is written here; values were worked out by hand (base units: kronor).
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const read = (t: Table): string[][] => t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()))]);

describe('holdsSeveralValues: a run that no digit grouping reads as one value', () => {
  it('says yes for short tokens after the first, for signs inside the run, for decimals followed by more', () => {
    expect(holdsSeveralValues('59 42 58 35')).toBe(true);
    expect(holdsSeveralValues('4 5 4 6')).toBe(true);
    expect(holdsSeveralValues('0 0')).toBe(true);
    expect(holdsSeveralValues('– 83 – 108')).toBe(true);
    expect(holdsSeveralValues('12,5 7,25')).toBe(true);
    expect(holdsSeveralValues('-7 14')).toBe(true);
  });
  it('says no for one grouped number, a lone signed number, a single token or words', () => {
    expect(holdsSeveralValues('1 234 567')).toBe(false);
    expect(holdsSeveralValues('– 1 234')).toBe(false);
    expect(holdsSeveralValues('12 345,5')).toBe(false);
    expect(holdsSeveralValues('– 4')).toBe(false);
    expect(holdsSeveralValues('815')).toBe(false);
    expect(holdsSeveralValues('Not 4 5')).toBe(false);
  });
});

describe('statements with the label set apart and the values single-spaced', () => {
  it('reads a cash-flow block in millions with no header row', () => {
    const text = [
        'Flöden i sammandrag, mnkr',
        '',
        'Resultat   17 9 23 12',
        'Avskrivningar   41 38 66 60',
        'Avsättningar   3 2 5 1',
        'Summa   61 49 94 73',
      ].join('\n');
    const [t] = tablesOf(text);
    expect(read(t!)).toEqual([
      ['Resultat', '17000000', '9000000', '23000000', '12000000'],
      ['Avskrivningar', '41000000', '38000000', '66000000', '60000000'],
      ['Avsättningar', '3000000', '2000000', '5000000', '1000000'],
      ['Summa', '61000000', '49000000', '94000000', '73000000'],
    ]);
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text }])).toEqual([]);
  });

  it('reads a spaced minus sign under a thousands unit in the caption', () => {
    const text = [
      'Investeringar per nämnd, tkr',
      '',
      'Tekniska nämnden   64 58 6',
      'Kulturnämnden   8 9 – 1',
      'Skolnämnden   27 21 6',
      'Totalt   99 88 11',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(read(t!)).toEqual([
      ['Tekniska nämnden', '64000', '58000', '6000'],
      ['Kulturnämnden', '8000', '9000', '-1000'],
      ['Skolnämnden', '27000', '21000', '6000'],
      ['Totalt', '99000', '88000', '11000'],
    ]);
    // 64 + 8 + 27 = 99, 58 + 9 + 21 = 88 and 6 − 1 + 6 = 11: no finding.
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text }]).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads two decimal columns of a budget summary in millions', () => {
    const text = [
      'Nettokostnad per verksamhet, mnkr',
      '',
      'Förskola   112,4 108,9',
      'Grundskola   241,0 236,7',
      'Äldreomsorg   198,3 201,2',
      'Summa   551,7 546,8',
    ].join('\n');
    const [t] = tablesOf(text);
    expect(read(t!)).toEqual([
      ['Förskola', '112400000', '108900000'],
      ['Grundskola', '241000000', '236700000'],
      ['Äldreomsorg', '198300000', '201200000'],
      ['Summa', '551700000', '546800000'],
    ]);
    // 112,4 + 241,0 + 198,3 = 551,7 and 108,9 + 236,7 + 201,2 = 546,8: no finding.
    expect(findingsOf(columnTotal, [{ file: 'case.txt', text }])).toEqual([]);
  });
});
