import { describe, expect, it } from 'vitest';
import { linesToBlocks } from '../../src/layout/text-blocks.js';
import { splitGluedPercents } from '../../src/layout/glued-percents.js';
import type { Grid } from '../../src/layout/types.js';

/** Share columns glued together on a row; examples written here. */
const grids = (text: string): Grid[] =>
  linesToBlocks('t.txt', text.split('\n').map((raw, i) => ({ raw, line: i + 1 }))).filter((b): b is Grid => b.kind === 'grid');
const rowsOf = (g: Grid): string[][] => g.rows.map((r) => r.cells.map((c) => c.text.trim()));

describe('glued percentages', () => {
  it('splits a token after each percent sign, keeping places', () => {
    expect(splitGluedPercents({ text: '100%100%', from: 10, to: 18 })).toEqual([
      { text: '100%', from: 10, to: 14 },
      { text: '100%', from: 14, to: 18 },
    ]);
    expect(splitGluedPercents({ text: '12,5%-3,1%0,4%', from: 0, to: 14 })?.map((t) => t.text)).toEqual(['12,5%', '-3,1%', '0,4%']);
    expect(splitGluedPercents({ text: '100%', from: 0, to: 4 })).toBeNull();
    expect(splitGluedPercents({ text: '100%a', from: 0, to: 5 })).toBeNull();
  });
  it('keeps a total row whose two share cells are glued in its table', () => {
    const text = ['Intäktsslag Belopp Andel 2023 Andel 2022', 'Hyror bostäder 900 75% 74%', 'Hyror lokaler 200 17% 18%', 'Övriga intäkter 100 8% 8%', 'Summa 1 200 100%100%'].join('\n');
    const [g] = grids(text);
    expect(rowsOf(g!)[4]).toEqual(['Summa', '1 200', '100%', '100%']);
    expect(g!.rows[4]!.cells[3]!.location.column).toBe(17);
  });
  it('does so with decimals and three columns of shares', () => {
    const text = ['Fastighet Yta Andel yta Andel hyra Andel kostnad', 'Kvarnen 2 400 40,0% 45,5% 38,0%', 'Smedjan 1 800 30,0% 27,3% 32,0%', 'Bryggan 1 800 30,0% 27,2% 30,0%', 'Totalt 6 000 100,0%100,0%100,0%'].join('\n');
    const [g] = grids(text);
    expect(rowsOf(g!)[4]).toEqual(['Totalt', '6 000', '100,0%', '100,0%', '100,0%']);
  });
  it('does so in a table aligned by wide gaps', () => {
    const text = ['Kategori               Antal     Andel män     Andel kvinnor', 'Tillsvidare               48           60%               40%', 'Visstid                   12           25%               75%', 'Totalt                    60          100%100%'].join('\n');
    const [g] = grids(text);
    expect(rowsOf(g!)).toEqual([
      ['Kategori', 'Antal', 'Andel män', 'Andel kvinnor'],
      ['Tillsvidare', '48', '60%', '40%'],
      ['Visstid', '12', '25%', '75%'],
      ['Totalt', '60', '100%', '100%'],
    ]);
  });
  it('keeps the total row in a table the aligned reader takes', () => {
    const text = ['Upplåtelseform          Lägenheter     Andel 2023     Andel 2022', 'Bostadsrätt                    120            60%            58%', 'Hyresrätt                       70            35%            36%', 'Lokaler                         10             5%             6%', 'Summa                          200           100%100%'].join('\n');
    const [g] = grids(text);
    expect(g!.source).toBe('aligned');
    expect(rowsOf(g!)[4]).toEqual(['Summa', '200', '100%', '100%']);
  });
});
