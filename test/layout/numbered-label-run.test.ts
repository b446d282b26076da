import { describe, expect, it } from 'vitest';
import { docOf } from '../rules/rule-tester.js';

/** Categories numbered in their labels before figures with digit groups, set apart by single spaces; written for this test. */
const rowsOf = (text: string) =>
  docOf({ file: 'n.txt', text }).tables.map((t) => t.rows.map((r) => [r.label, ...r.cells.map((c) => c.value?.toFixed() ?? null)]));

describe('labels numbered 1, 2, 3 before grouped figures', () => {
  it('gives the number back where it would join the figure ("Barn 3 563")', () => {
    const text = ['Högsta avgift per månad', '', 'Barn 1 1 688', 'Barn 2 1 125', 'Barn 3 563', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Barn 1', '1688'],
        ['Barn 2', '1125'],
        ['Barn 3', '563'],
      ],
    ]);
  });

  it('reads numbered zones with a sum row, the sum a figure of its own', () => {
    const text = ['Pris per zon', '', 'Zon 1 1 250', 'Zon 2 2 480', 'Zon 3 3 710', 'Summa 7 440', ''].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['Zon 1', '1250'],
        ['Zon 2', '2480'],
        ['Zon 3', '3710'],
        ['Summa', '7440'],
      ],
    ]);
  });

  it('keeps the cells uncertain, so a sum over them warns', () => {
    const doc = docOf({ file: 'n.txt', text: ['Pris per zon', '', 'Zon 1 1 250', 'Zon 2 2 480', 'Zon 3 3 710', ''].join('\n') });
    expect(doc.tables[0]!.rows.map((r) => r.cells[0]!.readBy ?? r.cells[0]!.uncertain ?? null).every((x) => x !== null)).toBe(true);
  });

  it('leaves rising numbers under labels that differ as they are read', () => {
    const text = ['Resultat', '', 'Intäkter 1 1 250', 'Kostnader 2 2 480', 'Avskrivningar 3 3 710', ''].join('\n');
    expect(rowsOf(text)[0]!.map((r) => r[0])).toEqual(['Intäkter', 'Kostnader', 'Avskrivningar']);
  });
});
