import { describe, expect, it } from 'vitest';
import { docOf, findingsOf } from '../rules/rule-tester.js';
import { tableTotal } from '../../src/rules/text/table-total.js';

/** An item of a price or grant list whose amount a page pasted after a blank line under its long label (price-lines.ts), in layouts written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'a.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, r.cells[0]?.value?.toFixed() ?? null, r.cells[0]?.readBy ?? null]));

const grants = (wrappedAmount: string) =>
  [
    'Nämnden har beviljat 2 110 000 kr till följande projekt.',
    '',
    'Tornets musikförening 300 000 kr',
    '',
    'Skärgårdens båtklubb 450 000 kr',
    '',
    'Fjällbyns hembygdsförening – restaurering av kvarnen och den gamla smedjan vid ån',
    '',
    `${wrappedAmount} kr`,
    '',
    'Ekbackens ridklubb 260 000 kr',
    '',
  ].join('\n');

const fees = [
  'Avgifter för kulturskolan:',
  'Instrumentundervisning 900 kronor',
  '',
  'Ensemble och orkester för elever som också går i ordinarie instrumentundervisning',
  '',
  '450 kronor',
  '',
  'Dans 700 kronor',
  '',
].join('\n');

describe('price lines: an amount after a blank line under its long label', () => {
  // Figures of several digit groups one space from their label are `spaced` (the first group might be the label's).
  it('joins the label and the amount, the amount marked as read from the layout', () => {
    expect(rowsOf(grants('1 100 000'))).toEqual([
      [
        ['Tornets musikförening', '300000', 'spaced'],
        ['Skärgårdens båtklubb', '450000', 'spaced'],
        ['Fjällbyns hembygdsförening – restaurering av kvarnen och den gamla smedjan vid ån', '1100000', 'wrapped'],
        ['Ekbackens ridklubb', '260000', 'spaced'],
      ],
    ]);
    expect(rowsOf(fees)).toEqual([
      [
        ['Instrumentundervisning', '900', null],
        ['Ensemble och orkester för elever som också går i ordinarie instrumentundervisning', '450', 'wrapped'],
        ['Dans', '700', null],
      ],
    ]);
  });

  it('never opens a run on such an item', () => {
    const text = ['Fjällbyns hembygdsförening – restaurering av kvarnen', '', '1 100 000 kr', '', 'Tornets musikförening 300 000 kr', '', 'Skärgårdens båtklubb 450 000 kr', ''].join('\n');
    expect(rowsOf(text)).toEqual([]);
  });

  it('a total over the wrapped amount that misses warns, never errs', () => {
    const found = findingsOf(tableTotal, grants('1 200 000'));
    expect(found.map((f) => f.severity)).toEqual(['warning']);
  });
});
