import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';
import { joinMargins } from '../../src/layout/margin-note.js';

/** "No change" written as a signed zero ("+/-0", "±0") in a column of changes: the zero. Wordings written for this test. */
const rowsOf = (text: string) => docOf({ text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]);

describe('a signed zero for no change', () => {
  it('is a cell of its own after a figure in a spaced table, not a margin of error', () => {
    const text = [
      'Lista Röster Andel Förändring Platser Förändring',
      'Norrlistan 12 480 41,60 +2,10 9 +1',
      'Södralistan 8 777 29,26 -0,40 6 +/-0',
      'Mittenlistan 6 910 23,03 +0,30 5 ±0',
      'Övriga 1 833 6,11 -2,00 1 -1',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      ['Norrlistan', '12480', '41.6', '2.1', '9', '1'],
      ['Södralistan', '8777', '29.26', '-0.4', '6', '0'],
      ['Mittenlistan', '6910', '23.03', '0.3', '5', '0'],
      ['Övriga', '1833', '6.11', '-2', '1', '-1'],
    ]);
  });

  it('is read as zero in a pipe table', () => {
    const text = ['| Parti | Mandat | Förändring |', '|---|---|---|', '| Gröna | 4 | ±0 |', '| Blå | 7 | +/-0 |', '| Röda | 9 | +2 |'].join('\n');
    expect(docOf({ text, file: 'a.md' }).tables[0]!.rows.map((r) => r.cells[1]!.value?.toFixed() ?? null)).toEqual(['0', '0', '2']);
  });

  it('leaves a margin of error that is not zero joined to its figure', () => {
    const toks = (s: string) => s.split(' ').map((text, i) => ({ text, from: i, to: i + 1 }));
    expect(joinMargins(toks('42 260 ±255 2,1')).map((t) => t.text)).toEqual(['42', '260±', '2,1']);
    expect(joinMargins(toks('11 +/-0')).map((t) => t.text)).toEqual(['11', '+/-0']);
  });
});
