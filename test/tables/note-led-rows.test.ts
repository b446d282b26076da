import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * Statements whose rows print the note reference before the label, or leave out the empty note
 * cell: tables written for this test, values checked by hand.
 */
const rows = (text: string): string[][] =>
  docOf({ file: 't.txt', text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);

describe('rows of a statement around its note column', () => {
  it('takes the words as the label when the note reference opens a tab-separated line', () => {
    const text = 'Balansräkning (tkr)\n\tNot\t2024-12-31\t2023-12-31\nKundfordringar\t11\t8 400\t7 950\nNot 12\tÖvriga fordringar\t2 150\t1 980\nKassa och bank\t\t31 000\t27 400\nSumma\t\t41 550\t37 330\n';
    expect(rows(text)).toEqual([
      ['Kundfordringar', '8400000', '7950000'],
      ['Övriga fordringar', '2150000', '1980000'],
      ['Kassa och bank', '31000000', '27400000'],
      ['Summa', '41550000', '37330000'],
    ]);
  });

  it('moves the figures of a row without its note cell under their years', () => {
    const text = 'Resultaträkning, mnkr\nMnkr  Not  Utfall 2024  Utfall 2023\nIntäkter  4  212,0  204,5\nKostnader  5  -931,3  -902,8\nAvskrivningar    -41,7  -40,2\nNettokostnad    -761,0  -738,5\n';
    expect(docOf({ file: 't.txt', text }).tables[0]!.columns.map((c) => c.header.join(' '))).toEqual(['Utfall 2024', 'Utfall 2023']);
    expect(rows(text)).toEqual([
      ['Intäkter', '212000000', '204500000'],
      ['Kostnader', '-931300000', '-902800000'],
      ['Avskrivningar', '-41700000', '-40200000'],
      ['Nettokostnad', '-761000000', '-738500000'],
    ]);
  });

  it('moves the figures of every row that left out its note cell when one of them holds a figure no note can be', () => {
    const text = 'Noter\ntkr | Not | Utfall 2023 |\nBudget 2024 |\nPlan 2025 |\n---|---|---|---|---|\nAvgifter |\n1 | 41,2 | 43,0 | 44,1 |\nvarav engångsposter | 0,2 | 0,0 | 0,0 | |\nBidrag |\n2 | | | |\nStatsbidrag | 12,5 | 13,0 | 13,4 | |\nÖvriga bidrag | – 1,5 | 0,4 | 0,0 | |\nSumma bidrag | 11,0 | 13,4 | 13,4 | |\n';
    const body = rows(text).filter((r) => r.slice(1).some((v) => v !== ''));
    expect(body).toEqual([
      ['Avgifter', '41200', '43000', '44100'],
      ['varav engångsposter', '200', '0', '0'],
      ['Statsbidrag', '12500', '13000', '13400'],
      ['Övriga bidrag', '-1500', '400', '0'],
      ['Summa bidrag', '11000', '13400', '13400'],
    ]);
  });

  it('joins a label on a line of its own to the line of figures under it that opens with the note', () => {
    const expected = [
      ['Taxor och avgifter', '61300', '58900'],
      ['Personalkostnader', '-402750', '-388100'],
      ['Lokalkostnader', '-55400', '-54200'],
      ['Nettokostnad', '-396850', '-383400'],
    ];
    const aligned = 'Driftredovisning (tkr)\nTkr  2024  2023\nTaxor och avgifter\nNot 5  61,3  58,9\nPersonalkostnader\nNot 6  -402,75  -388,1\nLokalkostnader  -55,4  -54,2\nNettokostnad  -396,85  -383,4\n';
    const tabbed = 'Driftredovisning (tkr)\nTkr\t2024\t2023\nTaxor och avgifter\nNot 5\t61,3\t58,9\nPersonalkostnader\nNot 6\t-402,75\t-388,1\nLokalkostnader\t-55,4\t-54,2\nNettokostnad\t-396,85\t-383,4\n';
    expect(rows(aligned)).toEqual(expected);
    expect(rows(tabbed)).toEqual(expected);
  });
});
