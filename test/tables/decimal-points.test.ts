import { describe, expect, it } from 'vitest';
import { decimalPoints, withDecimalComma } from '../../src/tables/dot-groups.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/** Decimal points as statistics exports write them ("2974.0"), in examples written for this test. */
const read = (t: Table): string[][] =>
  t.rows.map((r) => [r.label, ...r.cells.map((c) => (c.value === null ? '' : c.value.toFixed()) + (c.uncertain !== undefined ? '?' : ''))]);
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;

describe('decimalPoints', () => {
  it('reads dots as decimal points when a dotted number has a shape no grouping gives', () => {
    expect(decimalPoints(['2974.0', '80.0', '759.187'])).toBe(true);
    expect(decimalPoints(['0.25', '12', '7'])).toBe(true);
    expect(decimalPoints(['11118.149', '45'])).toBe(true);
  });

  it('leaves dots alone beside a decimal comma, two dot groups, or only grouping shapes', () => {
    expect(decimalPoints(['2974.0', '4,5'])).toBe(false);
    expect(decimalPoints(['2.5', '1.234.567'])).toBe(false);
    expect(decimalPoints(['2.819', '12.500'])).toBe(false);
    expect(withDecimalComma('2974.0')).toBe('2974,0');
    expect(withDecimalComma('12 400')).toBe('12 400');
  });
});

describe('a spaced table exported with decimal points', () => {
  it('reads counts and rates written "412.0" and "86.25" in a table with a wrapped header', () => {
    const [t] = tablesOf(
      [
        'Ärenden per kommun, helår',
        'Kommun Inkomna Avgjorda Andel avgjorda',
        'ärenden ärenden procent',
        'Alby 412.0 398.0 96.6',
        'Borgby 88.0 76.0 86.36',
        'Celby 1205.0 1180.0 97.93',
        'Totalt 1705.0 1654.0 97.01',
      ].join('\n'),
    );
    expect(read(t!)).toEqual([
      ['Alby', '412', '398', '96.6'],
      ['Borgby', '88', '76', '86.36'],
      ['Celby', '1205', '1180', '97.93'],
      ['Totalt', '1705', '1654', '97.01'],
    ]);
  });

  it('reads a grouping-shaped "604.125" as a decimal, marked as a reading, by the table\'s other numbers', () => {
    const [t] = tablesOf(
      [
        'Sjukfall per 100 000 invånare',
        'Län Fall Fall per',
        'invånare 100 000',
        'Norrby 35.0 604.125',
        'Söderby 12.0 310.5',
        'Västerby 4.0 98.25',
      ].join('\n'),
    );
    expect(read(t!)).toEqual([
      ['Norrby', '35', '604.125?'],
      ['Söderby', '12', '310.5'],
      ['Västerby', '4', '98.25'],
    ]);
  });
});
