import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../src/layout/text-blocks.js';
import { DOUBT_GROUPS } from '../../src/layout/year-headed-row.js';
import type { Block, Grid } from '../../src/layout/types.js';

/** One-row tables whose header and row run into one line; examples written here. */
const blocks = (text: string): Block[] => linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 })));
const grids = (text: string): Grid[] => blocks(text).filter((b): b is Grid => b.kind === 'grid');
const rowsOf = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text.trim()));

describe('a header of years and its one row on one line', () => {
  it('reads the years as the header and the figures as the row', () => {
    const [g] = grids('Flerårsöversikt\n\nÅrets resultat 2023 2022 1 234 -567');
    expect(rowsOf(g!)).toEqual([
      ['', '2023', '2022'],
      ['Årets resultat', '1 234', '-567'],
    ]);
    expect(g!.rows[0]!.cells.every((c) => c.header)).toBe(true);
    expect(g!.rows[1]!.cells[2]!.location.column).toBe(32);
    expect(g!.rows[1]!.cells.slice(1).every((c) => c.uncertain === undefined && c.readBy === 'spaced')).toBe(true);
  });
  it('reads closing dates and three years alike', () => {
    expect(rowsOf(grids('Summa eget kapital 2023-12-31 2022-12-31 48 200 45 900')[0]!)).toEqual([
      ['', '2023-12-31', '2022-12-31'],
      ['Summa eget kapital', '48 200', '45 900'],
    ]);
    expect(rowsOf(grids('Antal lägenheter 2021 2022 2023 112 118 120')[0]!)).toEqual([
      ['', '2021', '2022', '2023'],
      ['Antal lägenheter', '112', '118', '120'],
    ]);
  });
  it('marks the figures uncertain when their digit groups split more than one way', () => {
    const [g] = grids('Nettoomsättning 2023 2022 1 234 567');
    expect(g!.rows[1]!.cells.slice(1).map((c) => c.uncertain)).toEqual([DOUBT_GROUPS, DOUBT_GROUPS]);
    // Two figures, or one with a year left blank.
    const [h] = grids('Resultat efter skatt 2023 2022 1 234');
    expect(rowsOf(h!)[1]).toEqual(['Resultat efter skatt', '1', '234']);
    expect(h!.rows[1]!.cells.slice(1).map((c) => c.uncertain)).toEqual([DOUBT_GROUPS, DOUBT_GROUPS]);
  });
  it('leaves a sentence, years out of order and too few figures as text', () => {
    for (const line of ['Under 2023 och 2022 ökade intäkterna med 1 234 kronor.', 'Soliditet 2023 2022 2024 12 13 14', 'Resultat 2023 2022 1 234 56 78 9', 'Resultat 2023 2022 7']) {
      expect(grids(line)).toEqual([]);
    }
  });
});
