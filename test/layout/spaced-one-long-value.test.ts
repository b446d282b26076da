import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A single-spaced row whose digits could be one long figure or two ("2 308 143 102" under two
 * columns): one value is even with itself, so it is weighed by how far it outgrows the columns'
 * values. Examples written for this test.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('spaced rows that could be read as one long figure', () => {
  it('reads two figures where one would outgrow both columns, counts under a header of two titles', () => {
    const text = ['Län Folkmängd Ombud', 'Stockholms län 2 308 143 102', 'Uppsala län 368 971 17', 'Södermanlands län 291 341 13', 'Östergötlands län 457 496 20', 'Jönköpings län 357 237 16', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)[0]).toEqual(['Stockholms län', '2308143', '102']);
  });

  it('does so in a money table, the counts beside unscaled', () => {
    const text = ['Kostnader per nämnd (tkr)', '', 'Nämnd Kostnad Årsarbetare', 'Socialnämnd 1 412 870 195', 'Kulturnämnd 18 400 12', 'Tekniska nämnden 96 300 41', 'Miljönämnden 22 150 18', 'Valnämnden 1 200 2', ''].join('\n');
    const [t] = tablesOf(text);
    expect(rowsOf(t!)).toEqual([
      ['Socialnämnd', '1412870000', '195'],
      ['Kulturnämnd', '18400000', '12'],
      ['Tekniska nämnden', '96300000', '41'],
      ['Miljönämnden', '22150000', '18'],
      ['Valnämnden', '1200000', '2'],
    ]);
  });
});
