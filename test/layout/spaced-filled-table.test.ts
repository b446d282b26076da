import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Single-spaced tables in which every row can hold a value in every column: a row whose one
 * full split competes with a shorter reading that joins two small figures into one of digit
 * groups ("12 730 5 905" as 12 | 730 | 5 | 905 or 12 730 | 5 905 and a gap). No row shows an
 * empty cell, so the full split is the row unless the shorter one fits the columns' sizes
 * better. Tables written for this test.
 */
const tableOf = (text: string): Table => docOf({ file: 'case.txt', text }).tables[0]!;
const rowOf = (t: Table, label: string) => t.rows.find((r) => r.label === label)!.cells.map((c) => c.value?.div(1e6).toFixed() ?? null);

describe('a single-spaced table no row of which shows an empty cell', () => {
  it('reads a row of five small figures as five values (titles one a line above)', () => {
    const text = [
      'Anslag inom utgiftsområdet, miljoner kronor',
      'Utfall',
      'okt 2023',
      'Förändring',
      'mot okt 2022',
      'Utfall',
      'jan-okt 2023',
      'Förändring',
      'mot jan-okt 2022',
      'Anvisat',
      '2023',
      '1:1 Myndighet A 210 14 1 980 65 2 400',
      '1:2 Bidrag B 140 12 730 5 905',
      '1:3 Myndighet C 88 4 812 31 1 020',
      '2:1 Stöd D 17 3 391 323 556',
      '2:2 Myndighet E 55 - 6 498 - 40 610',
      '',
    ].join('\n');
    const t = tableOf(text);
    expect(t.columns).toHaveLength(5);
    expect(rowOf(t, '1:2 Bidrag B')).toEqual(['140', '12', '730', '5', '905']);
    expect(rowOf(t, '2:1 Stöd D')).toEqual(['17', '3', '391', '323', '556']);
    expect(rowOf(t, '1:1 Myndighet A')).toEqual(['210', '14', '1980', '65', '2400']);
  });

  it('does so under a header line of titles', () => {
    const text = [
      'Anslag, miljoner kronor',
      '',
      'Anslag Maj Ändring Jan-maj Ändring Budget',
      'Anslag A 310 21 1 640 72 3 900',
      'Anslag B 46 1 381 12 905',
      'Anslag C 73 9 326 14 814',
      'Anslag D 11 2 294 276 556',
      'Anslag E 643 35 3 079 35 7 819',
      '',
    ].join('\n');
    const t = tableOf(text);
    expect(t.columns).toHaveLength(5);
    expect(rowOf(t, 'Anslag B')).toEqual(['46', '1', '381', '12', '905']);
    expect(rowOf(t, 'Anslag D')).toEqual(['11', '2', '294', '276', '556']);
  });
});
