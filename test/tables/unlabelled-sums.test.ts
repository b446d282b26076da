import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/table.js';
import { columnTotal } from '../../src/rules/table/column-total.js';
import { docOf, findingsOf } from '../rules/rule-tester.js';

/** Sum lines printed without a label. Examples written here; sums worked out by hand. */
const tablesOf = (text: string, file: string): readonly Table[] => docOf({ file, text }).tables;
const kinds = (t: Table) => t.rows.map((r) => `${r.label}:${r.kind}`);

describe('unlabelled sum lines', () => {
  const gfm = [
    'Bolagets resultaträkning, tkr',
    '',
    '| | 2023 | 2022 |',
    '|---|---:|---:|',
    '| Rörelsens intäkter | | |',
    '| Hyror | 9 400 | 9 100 |',
    '| Övriga intäkter | 350 | 280 |',
    '| | 9 750 | 9 380 |',
    '| Rörelsens kostnader | | |',
    '| Drift | -5 200 | -5 050 |',
    '| Underhåll | -1 900 | -2 010 |',
    '| | -7 100 | -7 060 |',
    '| Rörelseresultat | 2 650 | 2 320 |',
  ].join('\n');

  it('reads a line that adds up the rows above it as their subtotal, and reconciles the result through it', () => {
    const [t] = tablesOf(gfm, 'case.md');
    expect(kinds(t!)).toEqual([
      'Rörelsens intäkter:other',
      'Hyror:data',
      'Övriga intäkter:data',
      ':subtotal',
      'Rörelsens kostnader:other',
      'Drift:data',
      'Underhåll:data',
      ':subtotal',
      'Rörelseresultat:data',
    ]);
    // 9 750 − 7 100 = 2 650 and 9 380 − 7 060 = 2 320.
    expect(findingsOf(columnTotal, [{ file: 'case.md', text: gfm }]).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('leaves a line that does not add up as another row', () => {
    const text = [
      'Sammanställning i tusental kronor',
      '',
      'Post\t2021\t2020',
      'Avgifter\t1 200\t1 150',
      'Bidrag\t300\t290',
      '\t1 600\t1 440',
      'Kostnader\t-1 380\t-1 300',
    ].join('\n');
    const [t] = tablesOf(text, 'case.txt');
    // 1 200 + 300 = 1 500, not 1 600: the line is no subtotal by arithmetic.
    expect(kinds(t!)).toEqual(['Avgifter:data', 'Bidrag:data', ':other', 'Kostnader:data']);
  });
});
