import { describe, expect, it } from 'vitest';
import { headingNamesUnit } from '../../src/layout/unit-heading.js';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A heading line that names the unit of the rows under it ("Fördelning, %", "Andel i procent",
 * "Belopp, tkr") under rows of another: the rows from it on are a table of their own under the
 * same header. Examples written for this test.
 */
const tablesOf = (lines: string[]): readonly Table[] => docOf({ file: 'case.txt', text: lines.join('\n') + '\n' }).tables;
const rowsOf = (t: Table) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('headingNamesUnit', () => {
  it.each(['Fördelning, %', 'Andel (%)', 'Andel i procent', 'Procent', 'Belopp, tkr', 'Kostnad (mnkr)'])('%s names a unit', (t) => expect(headingNamesUnit(t)).toBe(true));
  it.each(['Norra Sverige', 'Summa', 'Ökning med 5 %', 'Andelen ökade till 45 procent', 'Stockholm 37,5 %'])('%s does not', (t) => expect(headingNamesUnit(t)).toBe(false));
});

describe('a unit heading inside a single-spaced table', () => {
  it('begins a table of shares under counts, its rows no rows of the counts', () => {
    const ts = tablesOf([
      'Bygglov beviljade per kommundel',
      'Kommundel 2020 2021 2022',
      'Centrum 1 204 1 310 1 402',
      'Västra delen 836 790 698',
      'Östra delen 460 500 400',
      'Kommunen 2 500 2 600 2 500',
      'Fördelning, %',
      'Centrum 48,2 50,4 56,1',
      'Västra delen 33,4 30,4 27,9',
      'Östra delen 18,4 19,2 16,0',
      'Kommunen 100 100 100',
    ]);
    expect(ts).toHaveLength(2);
    expect(rowsOf(ts[0]!)).toEqual([
      ['Centrum', '1204', '1310', '1402'],
      ['Västra delen', '836', '790', '698'],
      ['Östra delen', '460', '500', '400'],
      ['Kommunen', '2500', '2600', '2500'],
    ]);
    expect(ts[1]!.caption).toBe('Fördelning, %');
    expect(rowsOf(ts[1]!)).toEqual([
      ['Centrum', '48.2', '50.4', '56.1'],
      ['Västra delen', '33.4', '30.4', '27.9'],
      ['Östra delen', '18.4', '19.2', '16'],
      ['Kommunen', '100', '100', '100'],
    ]);
  });

  it('begins a table of amounts under counts, worded as a unit after a comma', () => {
    const ts = tablesOf([
      'Ärenden 2021 2022',
      'Beviljade 1 204 1 310',
      'Avslagna 310 290',
      'Summa 1 514 1 600',
      'Utbetalt belopp, tkr',
      'Beviljade 50 116 52 555',
      'Avslagna 0 0',
      'Summa 50 116 52 555',
    ]);
    expect(ts).toHaveLength(2);
    expect(rowsOf(ts[0]!)).toEqual([
      ['Beviljade', '1204', '1310'],
      ['Avslagna', '310', '290'],
      ['Summa', '1514', '1600'],
    ]);
    expect(rowsOf(ts[1]!)).toEqual([
      ['Beviljade', '50116000', '52555000'],
      ['Avslagna', '0', '0'],
      ['Summa', '50116000', '52555000'],
    ]);
  });
});
