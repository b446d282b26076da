import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../src/layout/text-blocks.js';
import type { Grid } from '../../src/layout/types.js';
import { countHeaderRows, headerPaths } from '../../src/tables/header.js';
import { toMatrix } from '../../src/layout/grid-matrix.js';

describe('header paths', () => {
  it('puts BUP back over its three sub-headers when tabs lost the colspan (seed 000)', () => {
    const text = 'Region\tBUP\t\t\tExkl BUP\tTotalt\n\tBefolkning 0–18 år\tPrestationskrav juli-november\tBonuspott\tBefolkning totalt\t\nStockholm\t9 540 486\t24 393 293\t41 521 360\t278 560 864\t354 016 003';
    const grid = linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 })))[0] as Grid;
    const m = toMatrix(grid);
    const n = countHeaderRows(grid, m);
    expect(n).toBe(2);
    expect(headerPaths(m, n)).toEqual([
      ['Region'],
      ['BUP', 'Befolkning 0–18 år'],
      ['BUP', 'Prestationskrav juli-november'],
      ['BUP', 'Bonuspott'],
      ['Exkl BUP', 'Befolkning totalt'],
      ['Totalt'],
    ]);
  });

  it('spreads a title over titles as far as the titles under it reach (three levels, tabs)', () => {
    const text = '\tRegionalt stöd\t\t\t\nLän\t2022\t\t2023\t\n\tAntal\tBelopp\tAntal\tBelopp\nHallands län\t4\t1 200\t5\t1 500\nSkåne län\t6\t2 400\t2\t800';
    const grid = linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 })))[0] as Grid;
    const m = toMatrix(grid);
    const n = countHeaderRows(grid, m);
    expect(n).toBe(3);
    expect(headerPaths(m, n).slice(1)).toEqual([
      ['Regionalt stöd', '2022', 'Antal'],
      ['Regionalt stöd', '2022', 'Belopp'],
      ['Regionalt stöd', '2023', 'Antal'],
      ['Regionalt stöd', '2023', 'Belopp'],
    ]);
  });

  it('ends an HTML colspan where the page ends it: the empty cell after it stays empty', () => {
    const cell = (text: string, colspan = 1) => ({ text, location: { file: 't.html' }, colspan, rowspan: 1, header: true, bold: false });
    const grid: Grid = {
      kind: 'grid',
      source: 'html',
      caption: null,
      rows: [
        { cells: [cell(''), cell('Beviljat', 2), cell('')], location: { file: 't.html' } },
        { cells: [cell('Län'), cell('Antal'), cell('Belopp'), cell('Sökt')], location: { file: 't.html' } },
      ],
    };
    expect(headerPaths(toMatrix(grid), 2)).toEqual([['Län'], ['Beviljat', 'Antal'], ['Beviljat', 'Belopp'], ['Sökt']]);
  });
  it('keeps a title wrapped over two lines to its own column: the line under it goes on in small letters (spaces)', () => {
    const text = [
      '                      Antal elever',
      'Kommun                i grundskolan    2019    2020    2021',
      'Ale                            3 120     410     388     402',
      'Alingsås                       4 877     512     530     498',
      'Summa                          7 997     922     918     900',
    ].join('\n');
    const grid = linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 })))[0] as Grid;
    const m = toMatrix(grid);
    const paths = headerPaths(m, countHeaderRows(grid, m));
    expect(paths.slice(1)).toEqual([['Antal elever', 'i grundskolan'], ['2019'], ['2020'], ['2021']]);
  });

  it('keeps a wrapped title to its own column in tab-separated text too, and still spreads a group over titles in small letters', () => {
    const wrapped = '\tBeviljat belopp\t\t\nLän\tinom ramen\tKvartal 1\tKvartal 2\nHallands län\t1 200\t600\t600\nSkåne län\t2 400\t1 000\t1 400';
    const g1 = linesToBlocks('t.txt', wrapped.split('\n').map((raw, i) => ({ raw, line: i + 1 })))[0] as Grid;
    const m1 = toMatrix(g1);
    expect(headerPaths(m1, 2).slice(1)).toEqual([['Beviljat belopp', 'inom ramen'], ['Kvartal 1'], ['Kvartal 2']]);
    const group = '\tBeviljat\t\tSökt\nLän\tantal\tbelopp\tbelopp\nHallands län\t4\t1 200\t1 500\nSkåne län\t6\t2 400\t2 600';
    const g2 = linesToBlocks('t.txt', group.split('\n').map((raw, i) => ({ raw, line: i + 1 })))[0] as Grid;
    const m2 = toMatrix(g2);
    expect(headerPaths(m2, 2).slice(1)).toEqual([['Beviljat', 'antal'], ['Beviljat', 'belopp'], ['Sökt', 'belopp']]);
  });
});
