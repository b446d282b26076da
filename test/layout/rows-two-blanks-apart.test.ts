import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/**
 * Cells a blank line apart and rows two blank lines apart: the blank line more than usual closes
 * each row; it is no empty cell of a last column (empty-cell-lines.ts leaves the table to the
 * reader of one cell a line).
 */
describe('rows two blank lines apart', () => {
  it('reads a table of two value columns under a caption that names the unit', () => {
    const rows = [['Kommun', 'Plan', 'Utfall'], ['Piteå', '300', '290'], ['Boden', '200', '210'], ['Älvsbyn', '100', '95'], ['Arjeplog', '50', '50'], ['Summa', '650', '645']];
    const text = `Investeringar per kommun, tkr\n\n${rows.map((r) => r.join('\n\n')).join('\n\n\n')}\n`;
    const [t] = docOf({ text }).tables;
    expect(t!.columns.map((c) => [c.header, c.scale])).toEqual([
      [['Plan'], 1000],
      [['Utfall'], 1000],
    ]);
    expect(t!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed())])).toEqual([
      ['Piteå', '300000', '290000'],
      ['Boden', '200000', '210000'],
      ['Älvsbyn', '100000', '95000'],
      ['Arjeplog', '50000', '50000'],
      ['Summa', '650000', '645000'],
    ]);
  });
});
