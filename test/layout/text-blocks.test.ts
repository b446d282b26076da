import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../src/layout/text-blocks.js';
import type { Grid, TextBlock } from '../../src/layout/types.js';

const blocks = (text: string) => linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 })));

describe('linesToBlocks', () => {
  it('finds a tab grid with a two-line header and keeps cell places', () => {
    const b = blocks('Region\tBUP\t\tTotalt\n\tA\tB\t\nStockholm\t1\t2\t3\nUppsala\t4\t5\t9');
    const grid = b[0] as Grid;
    expect(grid.source).toBe('tab');
    expect(grid.rows.length).toBe(4);
    expect(grid.rows[2]!.cells.map((c) => c.text)).toEqual(['Stockholm', '1', '2', '3']);
    expect(grid.rows[2]!.cells[3]!.location).toMatchObject({ line: 3, column: 15, endColumn: 16 });
  });

  it('reads seed 003\'s numbered table: wrapped labels, values on later lines, unit note', () => {
    const text = [
      'Tabell 1. Fördelning efter del av överenskommelsen ',
      ' Miljoner ',
      '',
      'kronor ',
      '1. Medel till regionerna  2 925 ',
      '1.2.1. Varav medel för prestationsbaserade ',
      'grundkrav ',
      '',
      '80 ',
      'Totalt 2 937 ',
    ].join('\n');
    const b = blocks(text);
    const grid = b.find((x): x is Grid => x.kind === 'grid')!;
    expect(grid.source).toBe('numbered');
    expect(grid.unitNote?.text).toBe('Miljoner kronor');
    expect(grid.rows.slice(1).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['1. Medel till regionerna', '2 925'],
      ['1.2.1. Varav medel för prestationsbaserade grundkrav', '80'],
      ['Totalt', '2 937'],
    ]);
    expect(grid.rows[2]!.cells[1]!.location.line).toBe(9);
  });

  it('reads one cell per line as a table with its header', () => {
    const rows = ['Region', 'Belopp (kr)', 'Stockholm', '10', 'Uppsala', '20', 'Skåne', '30', 'Halland', '40', 'Summa', '100'];
    const grid = blocks(rows.join('\n'))[0] as Grid;
    expect(grid.source).toBe('cell-per-line');
    expect(grid.headerRows).toBe(1);
    expect(grid.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Region', 'Belopp (kr)'],
      ['Stockholm', '10'],
      ['Uppsala', '20'],
      ['Skåne', '30'],
      ['Halland', '40'],
      ['Summa', '100'],
    ]);
  });

  it('keeps prose, headings and list items apart, and does not see tables in prose', () => {
    const b = blocks('## Ärendet\n\nStaten har avsatt 2 937 000 000 kronor.\nSKR tilldelades 12 000 000 kronor.\n\n- 9 000 000 kronor från anslagsposten 3\n- 68 000 000 kronor från anslagsposten 5');
    expect(b.map((x) => (x.kind === 'text' ? x.role : x.kind))).toEqual(['heading', 'paragraph', 'list-item', 'list-item']);
    expect((b[1] as TextBlock).lines.length).toBe(2);
  });
});
