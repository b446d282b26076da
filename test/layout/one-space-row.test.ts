import { describe, expect, it } from 'vitest';
import { setOneSpaceRows, BY_GROUPS, UNDECIDED } from '../../src/layout/one-space-row.js';
import { readText } from '../../src/readers/text.js';
import type { Grid, Layout } from '../../src/layout/types.js';

/**
 * A row of a table set in wide gaps whose label meets its figures by one space, and a label that
 * ends in a number before its amount. Examples written here in two layouts (one value column,
 * two value columns); expected cells read off them by hand.
 */
const grids = (layout: Layout): Grid[] => layout.blocks.filter((b): b is Grid => b.kind === 'grid');
const texts = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text));
const asLines = (text: string) => text.split('\n').map((raw, k) => ({ raw, line: k + 1 }));

// One value column; the other labels are the same word and a number.
const steps = ['Deltagare per steg', '', 'Steg          Personer', 'Steg 1 312 450', 'Steg 2         287 930', 'Steg 3         154 020', 'Totalt         754 400'].join('\n');

// Two value columns in millions, left of a wider gap; no other label ends in a number.
const plain = [
  'Hyresintäkter, mnkr',
  '',
  'Fastighet     2023    2024',
  'Fyrklövern    41,2    43,3',
  'Solrosen 38,8 40,2',
  'Lärkan        27,6    29,0',
  'Summa        107,6   112,5',
].join('\n');

// One value column, a unit of its own; figures whose groups the column does not share.
const sites = ['Anläggning   Kronor', 'Norra fältet  188 200', 'Kvarter 7 120 330', 'Hamnen        96 550', 'Summa        405 080'].join('\n');

describe('a row whose label meets its figures by one space, in a table set in wide gaps', () => {
  it('gives the label its number where another label is the same words and a number', () => {
    const [g] = grids(readText('a.txt', steps));
    expect(texts(g!).slice(1)).toEqual([
      ['Steg 1', '312 450'],
      ['Steg 2', '287 930'],
      ['Steg 3', '154 020'],
      ['Totalt', '754 400'],
    ]);
    expect(g!.rows[1]!.cells[1]!.uncertain).toBeUndefined();
  });

  it('reads a row of two columns as the others, the label with no number', () => {
    const [g] = grids(readText('b.txt', plain));
    expect(texts(g!)[2]).toEqual(['Solrosen', '38,8', '40,2']);
    expect(g!.rows[2]!.cells[1]!.uncertain).toBeUndefined();
  });

  it('reads by the column\'s digit groups, uncertain, where only they speak for the label\'s number', () => {
    // "Kvarter 7 120 330": the others have two groups, so "Kvarter 7" | 120 330, but no label says so.
    const out = setOneSpaceRows(asLines(sites));
    expect(out.lines[2]!.raw.trim().split(/ {2,}/)).toEqual(['Kvarter 7', '120 330']);
    expect([...out.doubts.values()]).toEqual([BY_GROUPS]);
  });

  it('marks the figure uncertain where nothing decides', () => {
    // Other labels end in numbers, but none is "Steg" and a number, and the groups differ row to row.
    const text = ['Steg          Personer', 'Nivå 4           450', 'Steg 1 312 450', 'Nivå 5       187 930', 'Totalt     1 500 830'].join('\n');
    const out = setOneSpaceRows(asLines(text));
    expect(out.lines[2]!.raw.trim().split(/ {2,}/)).toEqual(['Steg', '1 312 450']);
    expect([...out.doubts.values()]).toEqual([UNDECIDED]);
    const [g] = grids(readText('c.txt', text));
    expect(g!.rows[2]!.cells[1]!.uncertain).toBeDefined();
  });

  it('leaves prose, a source line and lines outside such a table alone', () => {
    for (const text of [
      steps.replace('Steg 1 312 450', 'Källa: Statistiska centralbyrån 2023'),
      steps.replace('Steg 1 312 450', 'Uppgifterna avser samtliga deltagare i alla steg under 2023 312'),
      'Steg 1 312 450\nSteg 2 287 930\nTotalt 600 380',
    ]) {
      const lines = asLines(text);
      expect(setOneSpaceRows(lines).lines).toBe(lines);
    }
  });
});
