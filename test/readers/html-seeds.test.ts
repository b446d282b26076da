import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Grid, GridCell, TextBlock } from '../../src/layout/types.js';
import { readHtml } from '../../src/readers/html.js';
import { matchRegion } from '../../src/regions/index.js';

const DIR = new URL('../fixtures/html/', import.meta.url);

function load(name: string) {
  const text = readFileSync(new URL(name, DIR), 'utf8');
  return { text, layout: readHtml(name, text) };
}

function grids(blocks: ReturnType<typeof readHtml>['blocks']): Grid[] {
  return blocks.filter((b): b is Grid => b.kind === 'grid');
}

/** The source text a location points at, for checking columns against the file itself. */
function sourceAt(lines: string[], cell: GridCell): string {
  const { line, column, endColumn } = cell.location;
  return lines[line! - 1]!.slice(column! - 1, endColumn! - 1);
}

describe('seed 000 as HTML: two-level header', () => {
  const { text, layout } = load('seed-000-two-level-header.html');
  const [grid] = grids(layout.blocks);

  it('reads the heading and one grid, skipping head, nav and script', () => {
    expect(layout.format).toBe('html');
    expect(layout.file).toBe('seed-000-two-level-header.html');
    expect(layout.blocks.map((b) => (b.kind === 'text' ? b.role : b.kind))).toEqual(['heading', 'grid']);
    const texts = layout.blocks.flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.text) : []));
    expect(texts.join(' ')).not.toMatch(/Regeringen\.se|text-align|document\.write/);
    expect(layout.lines).toEqual(text.split('\n'));
    expect(layout.problems).toEqual([]);
  });

  it('takes the caption from <caption> with its location', () => {
    expect(grid?.source).toBe('html');
    expect(grid?.caption?.text).toMatch(/^Tabell 1\. Fördelning av 1 545 740 465 kronor till regionerna för arbete/);
    expect(grid?.caption?.text).toMatch(/Övriga medel fördelas efter befolkningsmängd\.$/);
    expect(grid?.caption?.location).toMatchObject({ file: 'seed-000-two-level-header.html', line: 12, column: 10 });
  });

  it('keeps both header rows with their spans, once each', () => {
    expect(grid?.headerRows).toBe(2);
    expect(grid?.rows).toHaveLength(24);
    const [top, sub] = grid!.rows;
    expect(top?.cells.map((c) => [c.text, c.colspan, c.rowspan, c.header])).toEqual([
      ['Region', 1, 2, true],
      ['BUP', 3, 1, true],
      ['Exkl BUP', 1, 1, true],
      ['Totalt', 1, 2, true],
    ]);
    expect(sub?.cells.map((c) => c.text)).toEqual([
      'Befolkning 0–18\u00a0år',
      'Prestationskrav juli-november',
      'Bonuspott',
      'Befolkning totalt',
    ]);
    expect(top?.location).toMatchObject({ line: 14, column: 1 });
  });

  it('reads 21 region rows and the total row, bold only in the total', () => {
    const body = grid!.rows.slice(2);
    const labels = body.map((r) => r.cells[0]!.text);
    expect(labels[0]).toBe('Stockholm');
    expect(labels[20]).toBe('Norrbottnen');
    expect(labels[21]).toBe('Riket');
    expect(new Set(labels.slice(0, 21).map((l) => matchRegion(l)?.code)).size).toBe(21);
    for (const row of body) expect(row.cells).toHaveLength(6);
    expect(body.slice(0, 21).every((r) => r.cells.every((c) => !c.bold && !c.header))).toBe(true);
    expect(body[21]!.cells.every((c) => c.bold)).toBe(true);
    expect(body[21]!.cells.map((c) => c.text)).toEqual([
      'Riket', '40 000 000', '116 850 621', '191 389 844', '1 197 500 000', '1 545 740 465',
    ]);
  });

  it('locates each cell on its source line', () => {
    const stockholm = grid!.rows[2]!;
    expect(stockholm.location).toMatchObject({ line: 18, column: 1 });
    const total = stockholm.cells[5]!;
    expect(total.location.line).toBe(18);
    expect(sourceAt(layout.lines, total)).toBe('354 016 003');
    const norr = grid!.rows[22]!.cells[0]!;
    expect(sourceAt(layout.lines, norr)).toBe('Norrbottnen');
  });
});

describe('seed 001 as HTML: two columns and Summa', () => {
  const { layout } = load('seed-001-simple.html');
  const [grid] = grids(layout.blocks);

  it('reads heading, paragraphs and the grid in order', () => {
    expect(layout.blocks.map((b) => (b.kind === 'text' ? b.role : b.kind))).toEqual([
      'heading', 'paragraph', 'paragraph', 'grid',
    ]);
  });

  it('takes the "Tabell" paragraph just above as caption', () => {
    expect(grid?.caption?.text).toBe('Tabell 1. Fördelning av 3\u00a0000\u00a0000\u00a0000 kronor');
    expect(grid?.caption?.location).toMatchObject({ line: 5, column: 4 });
  });

  it('counts a leading row of <th> as header', () => {
    expect(grid?.headerRows).toBe(1);
    expect(grid?.rows).toHaveLength(23);
    expect(grid?.rows[0]?.cells.map((c) => [c.text, c.header])).toEqual([
      ['Region', true],
      ['Fördelade medel (kr)', true],
    ]);
  });

  it('keeps &nbsp; as NBSP inside numbers and points at the entity-laden source', () => {
    const cell = grid!.rows[1]!.cells[1]!;
    expect(cell.text).toBe('633\u00a0531\u00a0342');
    expect(sourceAt(layout.lines, cell)).toBe('633&nbsp;531&nbsp;342');
  });

  it('marks the Summa row bold', () => {
    const summa = grid!.rows[22]!;
    expect(summa.cells.map((c) => [c.text, c.bold])).toEqual([
      ['Summa', true],
      ['3\u00a0000\u00a0000\u00a0000', true],
    ]);
    expect(grid!.rows.slice(1, 22).every((r) => matchRegion(r.cells[0]!.text) !== null)).toBe(true);
  });
});

describe('seed 004 as HTML: caption and row headers', () => {
  const { layout } = load('seed-004-caption.html');
  const [grid] = grids(layout.blocks);

  it('reads title, prose and list items', () => {
    const text = layout.blocks.filter((b): b is TextBlock => b.kind === 'text');
    expect(text.map((b) => b.role)).toEqual(['heading', 'paragraph', 'list-item', 'list-item']);
    const para = text[1]!;
    expect(para.lines).toHaveLength(2);
    expect(para.lines[1]!.text).toBe('Sammanlagt avsatte regeringen 2,95\u00a0miljarder kronor.');
    expect(para.lines[1]!.location).toMatchObject({ line: 7, column: 1 });
    expect(text[3]!.lines[0]!.text).toBe('I beslutet ingick också utbetalning av den så kallade bonuspotten.');
  });

  it('uses <caption> and thead', () => {
    expect(grid?.caption?.text).toBe('Fördelning av 1 874 253 165 kronor till regionerna');
    expect(grid?.headerRows).toBe(1);
    expect(grid?.rows).toHaveLength(22);
    expect(grid?.rows[0]?.cells.map((c) => c.text)).toEqual(['Region', 'Totalt (kronor)']);
  });

  it('keeps row-header <th> cells as header cells in data rows', () => {
    const uppsala = grid!.rows.find((r) => r.cells[0]!.text === 'Region Uppsala')!;
    expect(uppsala.cells.map((c) => [c.text, c.header])).toEqual([
      ['Region Uppsala', true],
      ['544 99 160', false],
    ]);
    expect(grid!.rows.slice(1).map((r) => matchRegion(r.cells[0]!.text)?.code).sort()).toEqual(
      ['01', '03', '04', '05', '06', '07', '08', '09', '10', '12', '13', '14', '17', '18', '19', '20', '21', '22', '23', '24', '25'],
    );
  });
});
