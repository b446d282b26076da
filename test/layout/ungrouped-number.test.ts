import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { ungroupedNumber } from '../../src/layout/ungrouped-number.js';

/** Tables of figures written without digit groups, set apart by single spaces, written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'u.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('figures written without digit groups', () => {
  it('knows a number of four digits or more as a whole value', () => {
    expect(ungroupedNumber('1482')).toBe(true);
    expect(ungroupedNumber('-2049')).toBe(true);
    expect(ungroupedNumber('12500,5')).toBe(true);
    expect(ungroupedNumber('482')).toBe(false);
    expect(ungroupedNumber('101,30%')).toBe(false);
  });

  it('reads every space between such figures as a cell boundary, a percentage after a count included', () => {
    const text = [
      'Vårdplatser',
      '',
      'Platser',
      '',
      'Belagda',
      '',
      'Andel',
      '',
      'Avdelning A 1250 1198 95,84%',
      'Avdelning B 2040 2101 102,99%',
      'Avdelning C 310 305 98,39%',
      'Totalt 3600 3604 100,11%',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Avdelning A', '1250', '1198', '95.84'],
        ['Avdelning B', '2040', '2101', '102.99'],
        ['Avdelning C', '310', '305', '98.39'],
        ['Totalt', '3600', '3604', '100.11'],
      ],
    ]);
  });

  it('reads a second layout, without percent signs, the same way', () => {
    const text = ['Antal ärenden per kontor', '', 'Kontor Inkomna Avgjorda Kvar', 'Norra 4120 3980 140', 'Södra 2785 2810 975', 'Västra 918 902 16', 'Summa 7823 7692 1131', ''].join('\n');
    expect(rowsOf(text)[0]).toEqual([
      ['Norra', '4120', '3980', '140'],
      ['Södra', '2785', '2810', '975'],
      ['Västra', '918', '902', '16'],
      ['Summa', '7823', '7692', '1131'],
    ]);
  });

  it('keeps digit groups where the table groups figures of five digits or more', () => {
    const text = ['Bidrag, kronor 2022 2023', 'Ale 1500 1650', 'Borås 12 500 13 200', 'Lerum 9800 10 400', 'Summa 23 800 25 250', ''].join('\n');
    expect(rowsOf(text)[0]).toEqual([
      ['Ale', '1500', '1650'],
      ['Borås', '12500', '13200'],
      ['Lerum', '9800', '10400'],
      ['Summa', '23800', '25250'],
    ]);
  });

  it('marks the figures it split as read from spaces, so a sum over them warns and never errs', () => {
    const text = ['Platser', '', 'Belagda', '', 'Andel', '', 'Avdelning A 1250 1198 95,84%', 'Avdelning B 2040 2101 102,99%', 'Avdelning C 310 305 98,39%', 'Totalt 3600 3604 100,11%', ''].join('\n');
    const doc = docOf({ file: 'u.txt', text });
    const data = doc.tables[0]!.rows.filter((r) => r.kind === 'data');
    expect(data.flatMap((r) => r.cells.map((c) => c.readBy))).toEqual(Array(9).fill('spaced'));
  });
});
