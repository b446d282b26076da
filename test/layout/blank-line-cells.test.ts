import { describe, expect, it } from 'vitest';
import { detectBlankLineCells } from '../../src/layout/blank-line-cells.js';
import { docOf } from '../rules/rule-tester.js';

/**
 * Tables copied one cell a line with nothing between cells, an empty cell an empty line: written
 * for this test in three shapes, values checked by hand.
 */
const rows = (text: string): string[][] =>
  docOf({ file: 't.txt', text }).tables[0]!.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toString() ?? '')]);
const src = (text: string) => text.split('\n').map((raw, i) => ({ raw, line: i + 1 }));

describe('one cell a line, an empty cell an empty line', () => {
  it('reads rows with an empty cell in the middle or at the end of a row', () => {
    const text = 'Antal ärenden\n\nEnhet\nInkomna\nAvgjorda\nNorr\n120\n125\nSöder\n310\n\nÖster\n150\n155\nVäster\n\n20\nTotalt\n580\n300\n';
    expect(rows(text)).toEqual([
      ['Norr', '120', '125'],
      ['Söder', '310', ''],
      ['Öster', '150', '155'],
      ['Väster', '', '20'],
      ['Totalt', '580', '300'],
    ]);
  });

  it('reads section rows whose cells are all empty lines, in a table of four value columns', () => {
    const text = 'Verksamhet\nKostnad 2022\nKostnad 2023\nIntäkt 2022\nIntäkt 2023\nSkola\n\n\n\n\nFörskola\n120\n125\n10\n11\nGrundskola\n310\n322\n15\n16\nOmsorg\n\n\n\n\nHemtjänst\n200\n210\n\n5\nBoende\n340\n352\n40\n42\n';
    expect(rows(text)).toEqual([
      ['Skola', '', '', '', ''],
      ['Förskola', '120', '125', '10', '11'],
      ['Grundskola', '310', '322', '15', '16'],
      ['Omsorg', '', '', '', ''],
      ['Hemtjänst', '200', '210', '', '5'],
      ['Boende', '340', '352', '40', '42'],
    ]);
  });

  it('reads a header of years over an untitled label column', () => {
    const text = '2021\n2022\nAlby\n12\n\nByn\n7\n9\nCentrum\n1 045\n998\n';
    expect(rows(text)).toEqual([
      ['Alby', '12', ''],
      ['Byn', '7', '9'],
      ['Centrum', '1045', '998'],
    ]);
  });

  it('leaves tables with no empty line inside to the cell-per-line reader, and the text after a table alone', () => {
    expect(detectBlankLineCells('t.txt', src('Enhet\nInkomna\nAvgjorda\nNorr\n1\n2\nSöder\n3\n4\nÖster\n5\n6\n'), 0)).toBeNull();
    const found = detectBlankLineCells('t.txt', src('Enhet\nInkomna\nAvgjorda\nNorr\n1\n\nSöder\n3\n4\nÖster\n5\n6\nVäster\n7\n\n\nSlut på tabellen.\n'), 0);
    expect(found?.grid.rows.map((r) => r.cells[0]!.text)).toEqual(['Enhet', 'Norr', 'Söder', 'Öster']);
    expect(found?.end).toBe(12);
  });
});
