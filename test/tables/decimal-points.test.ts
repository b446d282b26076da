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

describe('decimal points before a percent sign', () => {
  it('reads "21.87%" and "3.5 %" as decimals in the same convention as bare dotted numbers', () => {
    expect(decimalPoints(['21.87%', '12%', '33.35%'])).toBe(true);
    expect(decimalPoints(['3.5 %', '10 %'])).toBe(true);
    expect(withDecimalComma('21.87%')).toBe('21,87%');
    expect(withDecimalComma('3.5 %')).toBe('3,5 %');
    // A decimal comma beside them keeps dots what they are.
    expect(decimalPoints(['21.87%', '4,5 %'])).toBe(false);
  });

  it('reads shares with decimal points in a Markdown table and a tab table, and sums them exactly', () => {
    const md = ['Andelar 2024', '', '| Grupp | Del A | Del B | Hela |', '|---|---|---|---|', '| Norr | 21.87% | 11.48% | 33.35% |', '| Söder | 22.5% | 11.34% | 33.84% |', '| Väster | 20% | 12% | 32% |', ''].join('\n');
    const tab = ['Andel av budget, procent', '', 'Enhet\tLöner\tLokaler\tSumma', 'Skolan\t61.2 %\t18.4 %\t79.6 %', 'Vården\t70.05 %\t9.5 %\t79.55 %', 'Gatan\t40 %\t30 %\t70 %', ''].join('\n');
    const [a] = docOf({ file: 'case.md', text: md }).tables;
    const [b] = tablesOf(tab);
    expect(read(a!)).toEqual([
      ['Norr', '21.87', '11.48', '33.35'],
      ['Söder', '22.5', '11.34', '33.84'],
      ['Väster', '20', '12', '32'],
    ]);
    expect(read(b!)).toEqual([
      ['Skolan', '61.2', '18.4', '79.6'],
      ['Vården', '70.05', '9.5', '79.55'],
      ['Gatan', '40', '30', '70'],
    ]);
    expect([...a!.columns, ...b!.columns].map((c) => c.unit)).toEqual(Array(6).fill('percent'));
    expect([a!, b!].flatMap((t) => t.rows.flatMap((r) => r.unreadable ?? []))).toEqual([]);
  });
});
