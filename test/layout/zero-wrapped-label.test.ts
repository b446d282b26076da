import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** A label wrapped over two lines, zeros printed after its first line; tables written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'z.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('a zero row whose label is cut short', () => {
  it('joins the two lines into one row with the second line’s figures (export figures)', () => {
    const text = [
      'Ärenden efter typ',
      'Ärendetyp Jan Feb Mar Totalt',
      'Samtliga ärenden 310.0 295.0 330.0 935.0',
      'Fullbordade ärenden som avslutats med 0.0 0.0 0.0 0.0',
      'beslut om avskrivning (1, 2 §§)1 12.0 4.0 16.0 32.0',
      'Övriga ärenden 298.0 291.0 314.0 903.0',
      '',
    ].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Samtliga ärenden', '310', '295', '330', '935'],
        // The footnote mark set against the closing parenthesis is no part of the label.
        ['Fullbordade ärenden som avslutats med beslut om avskrivning (1, 2 §§)', '12', '4', '16', '32'],
        ['Övriga ärenden', '298', '291', '314', '903'],
      ],
    ]);
  });

  it('joins them in figures grouped the Swedish way too, after "och"', () => {
    const text = [
      'Bidrag per område, tkr',
      'Område 2022 2023',
      'Kultur 1 200 1 350',
      'Idrott och 0 0',
      'friluftsliv 2 400 2 550',
      'Fritid 900 950',
      '',
    ].join('\n');
    expect(rowsOf(text)[0]).toContainEqual(['Idrott och friluftsliv', '2400000', '2550000']);
  });

  it('keeps zeros after a whole label, and a lower-case row after them, as rows of their own', () => {
    const text = ['Bidrag per område, tkr', 'Område 2022 2023', 'Kultur 1 200 1 350', 'Idrott 0 0', 'varav friluftsliv 2 400 2 550', 'Fritid 900 950', ''].join('\n');
    const rows = rowsOf(text)[0]!;
    expect(rows).toContainEqual(['Idrott', '0', '0']);
    expect(rows).toContainEqual(['varav friluftsliv', '2400000', '2550000']);
  });
});
