import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A row set apart by single spaces that reads more evenly as fewer values than columns, in a
 * table whose full rows show sums between its columns: the full split where the sums hold is the
 * row. Written here in two layouts of their own.
 */
const tablesOf = (text: string): readonly Table[] => docOf({ file: 'case.txt', text }).tables;
const valuesOf = (t: Table, label: string): (string | null)[] => t.rows.find((r) => r.label === label)!.cells.map((c) => c.value?.toFixed() ?? null);

describe('short rows split in full by the sums between columns', () => {
  it('splits rows whose labels stand on the line above their figures', () => {
    const [t] = tablesOf(
      [
        'Elever per skolform',
        '',
        'Skola Alla Flickor Pojkar Nyanlända Flickor Pojkar',
        'Norrskolan',
        '12 480 6 120 6 360 1 540 710 830',
        'Söderskolan',
        '9 315 4 402 4 913 2 104 987 1 117',
        'Västerskolan',
        '15 774 7 906 7 868 3 260 1 502 1 758',
        'Österskolan',
        '8 203 3 990 4 213 1 095 502 593',
        'Lillskolan',
        '2 903 1 240 1 663 176 38 138',
        '',
      ].join('\n'),
    );
    expect(valuesOf(t!, 'Lillskolan')).toEqual(['2903', '1240', '1663', '176', '38', '138']);
    expect(t!.rows.find((r) => r.label === 'Lillskolan')!.cells.every((c) => c.uncertain !== undefined)).toBe(true);
  });

  it('splits rows with label and figures on one line', () => {
    const [t] = tablesOf(
      [
        'Bostäder per kommun',
        '',
        'Kommun Alla Småhus Lägenheter Påbörjade Småhus Lägenheter',
        'Ankeby 4 120 1 906 2 214 1 310 402 908',
        'Björkvik 6 873 3 004 3 869 2 215 716 1 499',
        'Dalby 5 561 2 470 3 091 1 742 611 1 131',
        'Ekträsk 2 238 1 102 1 136 1 004 380 624',
        'Fjällby 2 617 1 174 1 443 152 24 128',
        '',
      ].join('\n'),
    );
    expect(valuesOf(t!, 'Fjällby')).toEqual(['2617', '1174', '1443', '152', '24', '128']);
  });
});
