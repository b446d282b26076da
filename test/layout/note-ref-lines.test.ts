import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../src/layout/text-blocks.js';
import type { Block, Grid } from '../../src/layout/types.js';

/** Notes set on lines of their own in statements copied out of a PDF; examples written here. */
const blocks = (text: string): Block[] => linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 })));
const grids = (text: string): Grid[] => blocks(text).filter((b): b is Grid => b.kind === 'grid');
const rowsOf = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text.trim()));
const texts = (text: string): string[] => blocks(text).flatMap((b) => (b.kind === 'text' ? b.lines.map((l) => l.text.trim()) : []));

describe('a note reference alone between the header and the rows', () => {
  it('keeps the header of an aligned statement and the note as text before it', () => {
    const text = ['Belopp i tkr                         2023        2022', 'Not 4', 'Nettoomsättning                     12 400      11 900', 'Övriga rörelseintäkter                 600         500', 'Summa rörelseintäkter               13 000      12 400'].join('\n');
    const [g] = grids(text);
    expect(rowsOf(g!)).toEqual([
      ['Belopp i tkr', '2023', '2022'],
      ['Nettoomsättning', '12 400', '11 900'],
      ['Övriga rörelseintäkter', '600', '500'],
      ['Summa rörelseintäkter', '13 000', '12 400'],
    ]);
    expect(g!.rows[0]!.cells.every((c) => c.header)).toBe(true);
    expect(texts(text)).toEqual(['Not 4']);
  });
  it('keeps the header of closing dates set by single spaces, with a list of notes', () => {
    const text = ['Tkr 2023-12-31 2022-12-31', 'Noter 7, 8', 'Byggnader och mark 45 200 46 100', 'Inventarier 1 300 1 500', 'Summa anläggningstillgångar 46 500 47 600'].join('\n');
    const [g] = grids(text);
    expect(rowsOf(g!)).toEqual([
      ['Tkr', '2023-12-31', '2022-12-31'],
      ['Byggnader och mark', '45 200', '46 100'],
      ['Inventarier', '1 300', '1 500'],
      ['Summa anläggningstillgångar', '46 500', '47 600'],
    ]);
    expect(texts(text)).toEqual(['Noter 7, 8']);
  });
});

describe('figures opened by their note, the label on the line below', () => {
  it('gives an aligned row its label from the line under its figures', () => {
    const text = ['Belopp i kr                          2023        2022', 'Not 2                           3 400 000   3 100 000', 'Årsavgifter', 'Hyresintäkter                     250 000     240 000', 'Summa intäkter                  3 650 000   3 340 000'].join('\n');
    expect(rowsOf(grids(text)[0]!)).toEqual([
      ['Belopp i kr', '2023', '2022'],
      ['Årsavgifter Not 2', '3 400 000', '3 100 000'],
      ['Hyresintäkter', '250 000', '240 000'],
      ['Summa intäkter', '3 650 000', '3 340 000'],
    ]);
  });
  it('does so between rows set by single spaces', () => {
    const text = ['Tkr 2023 2022', 'Räntekostnader -820 -610', 'Not 9 -45 -30', 'Övriga finansiella kostnader', 'Summa finansiella kostnader -865 -640'].join('\n');
    expect(rowsOf(grids(text)[0]!)).toEqual([
      ['Tkr', '2023', '2022'],
      ['Räntekostnader', '-820', '-610'],
      ['Övriga finansiella kostnader Not 9', '-45', '-30'],
      ['Summa finansiella kostnader', '-865', '-640'],
    ]);
  });
  it('leaves a label printed above its note and figures where it stands', () => {
    const text = ['Tkr 2023 2022', 'Räntekostnader -820 -610', 'Övriga finansiella kostnader', 'Not 9 -45 -30', 'Summa finansiella kostnader -865 -640'].join('\n');
    expect(rowsOf(grids(text)[0]!)[2]).toEqual(['Övriga finansiella kostnader Not 9', '-45', '-30']);
  });
});

describe('a note reference alone under a row set by single spaces', () => {
  it('is the note of the row above, not a row of its own', () => {
    const text = ['Belopp i tkr 2023 2022', 'Nettoomsättning 12 400 11 900', 'Not 4', 'Övriga rörelseintäkter 600 500', 'Summa rörelseintäkter 13 000 12 400'].join('\n');
    expect(rowsOf(grids(text)[0]!)).toEqual([
      ['Belopp i tkr', '2023', '2022'],
      ['Nettoomsättning Not 4', '12 400', '11 900'],
      ['Övriga rörelseintäkter', '600', '500'],
      ['Summa rörelseintäkter', '13 000', '12 400'],
    ]);
  });
  it('keeps a list of notes under a row in the middle of a statement', () => {
    const text = ['Tkr 2023 2022', 'Personalkostnader -4 100 -3 900', 'Noter 5, 6', 'Avskrivningar -700 -650', 'Övriga externa kostnader -1 200 -1 150', 'Summa rörelsens kostnader -6 000 -5 700'].join('\n');
    expect(rowsOf(grids(text)[0]!).slice(1, 3)).toEqual([
      ['Personalkostnader Noter 5, 6', '-4 100', '-3 900'],
      ['Avskrivningar', '-700', '-650'],
    ]);
  });
});

