import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/document/build.js';
import { assemble } from '../../../src/layout/pdf/assemble.js';
import type { PdfLine } from '../../../src/layout/pdf/types.js';
import type { Grid } from '../../../src/layout/types.js';
import { runRules } from '../../../src/rules/engine.js';
import { ALL_RULES } from '../../../src/rules/index.js';
import { line, num, page, seg, tableRow } from './build.js';

/**
 * A table over a page break whose next part starts awkwardly: the rest of a label broken over
 * the page under the repeated header (as a header row of its own, or beside the label column's
 * header), a lone total row under a running head with its numbers drawn as one run.
 */
const R = [300, 400];
const grids = (pages: ReturnType<typeof page>[]) => assemble('t.pdf', pages).blocks.filter((b): b is Grid => b.kind === 'grid');
const filler = (top: number) => Array.from({ length: 27 }, (_, i) => tableRow(top - 20 * i, `Post ${i + 1}`, ['1 000', '2 000'], R));
const head = (y: number, label = 'Region') => line(y, seg(label, 60, y), num('Bidrag', 300, y), num('Tillägg', 400, y));
const errorsOf = (pages: ReturnType<typeof page>[]) => {
  const { blocks, problems } = assemble('t.pdf', pages);
  const doc = buildDocument({ file: 't.pdf', format: 'pdf', blocks, lines: [], pages: pages.length, problems });
  return (runRules([doc], ALL_RULES).get('t.pdf') ?? []).filter((f) => f.severity === 'error').map((f) => f.message);
};

describe('the rest of a label broken over the page, under the repeated header', () => {
  it.each([
    ['as a header row of its own (further below the header than a wrapped line)', (y: number): PdfLine[] => [head(y), line(y - 25, seg('län', 60, y - 25))]],
    ['beside the label column header', (y: number): PdfLine[] => [head(y), line(y - 8, seg('län', 60, y - 8))]],
  ])('%s: one table, the label whole', (_, top) => {
    const p1 = page(1, [head(700), ...filler(680), tableRow(140, 'Västmanlands', ['3 000', '4 000'], R), line(40, seg('1 (2)', 280, 40, 25))]);
    const p2 = page(2, [...top(800), tableRow(760, 'Summa', ['31 000', '58 000'], R), line(40, seg('2 (2)', 280, 40, 25))]);
    const gs = grids([p1, p2]);
    expect(gs).toHaveLength(1);
    const labels = gs[0]!.rows.map((r) => r.cells[0]!.text);
    expect(labels).toContain('Västmanlands län');
    expect(labels[labels.length - 1]).toBe('Summa');
    expect(errorsOf([p1, p2])).toEqual([]);
  });
});

describe('a lone total row at the top of a page under a running head, its numbers drawn as one run', () => {
  it.each([
    ['two columns', [300, 335]],
    ['three columns', [250, 285, 320]],
  ])('%s: cut at the columns of the table before, one table, the cells uncertain', (_, rights) => {
    const rows = Array.from({ length: 29 }, (_, i) => tableRow(680 - 20 * i, `Post ${i + 1}`, rights.map((__, k) => `${k + 1} 000`), rights));
    const values = rights.map((__, k) => 29 * (k + 1) * 1000);
    const fmt = (v: number) => String(v).replace(/\B(?=(\d{3})+$)/g, ' ');
    const p1 = page(1, [line(700, seg('Post', 60, 700), ...rights.map((r, k) => num(`Kolumn ${k + 1}`, r, 700))), ...rows, line(40, seg('1 (2)', 280, 40, 25))]);
    // The total's numbers as one run from the first column's left to the last one's right.
    const text = values.map(fmt).join(' ');
    const x0 = rights[0]! - fmt(values[0]!).length * 5;
    const p2 = page(2, [line(810, seg('Avdelning', 450, 810, 60)), line(780, seg('Summa', 60, 780), seg(text, x0, 780, rights[rights.length - 1]! - x0))]);
    const gs = grids([p1, p2]);
    expect(gs).toHaveLength(1);
    const total = gs[0]!.rows[gs[0]!.rows.length - 1]!;
    expect(total.cells.map((c) => c.text)).toEqual(['Summa', ...values.map(fmt)]);
    expect(total.cells.slice(1).every((c) => c.uncertain !== undefined)).toBe(true);
    expect(errorsOf([p1, p2])).toEqual([]);
  });
});
