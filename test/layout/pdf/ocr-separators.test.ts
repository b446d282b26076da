import { describe, expect, it } from 'vitest';
import { cell, row } from '../../../src/layout/pdf/grid-parts.js';
import { readStraySeparators } from '../../../src/layout/pdf/ocr-separators.js';
import type { Grid } from '../../../src/layout/types.js';

function scanned(headers: string[][], body: string[][]): Grid {
  const mk = (texts: string[], h: boolean) => row('x.pdf', 1, texts.map((t) => ({ ...cell('x.pdf', 1, t, [], h), readBy: 'ocr' as const })), []);
  return { kind: 'grid', source: 'pdf', caption: null, rows: [...headers.map((h) => mk(h, true)), ...body.map((b) => mk(b, false))] };
}
const texts = (g: Grid) => g.rows.map((r) => r.cells.map((c) => c.text));
const doubts = (g: Grid) => g.rows.flatMap((r) => r.cells.filter((c) => c.uncertain !== undefined).map((c) => c.uncertain));

describe('a speck OCR read between digit groups', () => {
  it('is a group gap in a column of whole numbers, and the cell is uncertain (two layouts)', () => {
    const spaced = scanned(
      [['Region', 'Kompetens', 'Kvalitet']],
      [
        ['Stockholms län', '35 171', '98.330'],
        ['Uppsala län', '67 683', '89 535'],
        ['Summa', '12.352 261', '187 865'],
      ],
    );
    readStraySeparators(spaced);
    expect(texts(spaced)).toEqual([
      ['Region', 'Kompetens', 'Kvalitet'],
      ['Stockholms län', '35 171', '98 330'],
      ['Uppsala län', '67 683', '89 535'],
      ['Summa', '12 352 261', '187 865'],
    ]);
    expect(doubts(spaced)).toEqual(['98.330', '12.352 261']);

    // Groups OCR joined, and a dash for the last gap.
    const joined = scanned(
      [['', 'Grundbelopp']],
      [
        ['Västmanland', '3038-440'],
        ['Dalarna', '4220475'],
        ['Gävleborg', '2.530 960'],
      ],
    );
    readStraySeparators(joined);
    expect(texts(joined).map((r) => r[1])).toEqual(['Grundbelopp', '3 038 440', '4220475', '2 530 960']);
    expect(doubts(joined)).toEqual(['3038-440', '2.530 960']);
  });

  it('stays as read in a column of decimals, and where the groups do not come in threes', () => {
    const decimals = scanned(
      [['', 'Andel']],
      [
        ['Skåne', '12.5'],
        ['Halland', '98.330'],
      ],
    );
    readStraySeparators(decimals);
    expect(texts(decimals).map((r) => r[1])).toEqual(['Andel', '12.5', '98.330']);
    const odd = scanned([['', 'Belopp']], [['Kalmar', '2020-25'], ['Gotland', '12.34']]);
    readStraySeparators(odd);
    expect(texts(odd).map((r) => r[1])).toEqual(['Belopp', '2020-25', '12.34']);
    expect(doubts(odd)).toEqual([]);
  });
});
