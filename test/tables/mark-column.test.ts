import { describe, expect, it } from 'vitest';
import { isMarkColumn } from '../../src/tables/mark-column.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * A column without a title holding only marks ("*" beside the parties that share the seats): a
 * note on each marked row, not part of its label. Written for this test, as pipe rows in text and
 * as a Markdown table.
 */
describe('a column of marks beside the figures', () => {
  it('keeps the labels of pipe rows in text apart from the marks', () => {
    const text = ['Parti | Röster | % | |', '---|---|---|---|', 'Alfapartiet (A) | 41 230 | 52,1 | * |', 'Betapartiet (B) | 30 110 | 38,0 | * |', 'Gammalistan (G) | 7 840 | 9,9 | |', ''].join('\n');
    const [t] = docOf({ file: 'a.txt', text }).tables;
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Alfapartiet (A)', '41230', '52.1'],
      ['Betapartiet (B)', '30110', '38'],
      ['Gammalistan (G)', '7840', '9.9'],
    ]);
  });

  it('keeps them apart in a Markdown table with two kinds of mark', () => {
    const text = ['| Län | | Sökande |', '|---|---|---|', '| Norrlands län | † | 1 204 |', '| Mellanlands län | * | 988 |', '| Söderlands län | | 1 410 |', ''].join('\n');
    const [t] = docOf({ file: 'a.md', text }).tables;
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)])).toEqual([
      ['Norrlands län', '1204'],
      ['Mellanlands län', '988'],
      ['Söderlands län', '1410'],
    ]);
  });
});

describe('isMarkColumn', () => {
  it('needs no title, two marks or more and nothing but marks', () => {
    expect(isMarkColumn('', ['*', '*', ''])).toBe(true);
    expect(isMarkColumn('', ['*', '', ''])).toBe(false);
    expect(isMarkColumn('Status', ['*', '*'])).toBe(false);
    expect(isMarkColumn('', ['*', 'Ny', '*'])).toBe(false);
  });
});
