import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../src/readers/html.js';

describe('readHtml on arbitrary input', () => {
  it('a cell after text the parser moved out of the table points at the cell, not past the source', () => {
    const layout = readHtml('f.html', '<table>&\n<td colspan="2">');
    const grid = layout.blocks.find((b) => b.kind === 'grid')!;
    expect(grid.kind === 'grid' && grid.rows[0]!.cells[0]!.location).toEqual({ file: 'f.html', line: 2, column: 1 });
  });
  it('never throws and only points inside the source', () => {
    const piece = fc.constantFrom(
      '<p>', '</p>', '<table>', '</table>', '<tr>', '<td colspan="2">', '</td>', '<th>', '<br>', '<b>', '</b>',
      '&nbsp;', '&amp;', '&#x1F600;', '&notit;', '1 000', 'Summa', '\r\n', '\n', ' ', '<li>', '<h2>', '<!--', '-->',
      '<script>', '</script>', 'Norrbotten', '<caption>', '&',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
        const src = parts.join('');
        const layout = readHtml('f.html', src);
        for (const b of layout.blocks) {
          const lines = b.kind === 'text' ? b.lines : b.rows.flatMap((r) => r.cells);
          for (const l of lines) {
            const { line, column, endColumn } = l.location;
            if (line === undefined) continue;
            expect(line).toBeGreaterThanOrEqual(1);
            expect(line).toBeLessThanOrEqual(layout.lines.length);
            expect(column).toBeGreaterThanOrEqual(1);
            if (endColumn !== undefined) expect(endColumn).toBeLessThanOrEqual(layout.lines[line - 1]!.length + 2);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
