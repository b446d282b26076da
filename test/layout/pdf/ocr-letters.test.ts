import { describe, expect, it } from 'vitest';
import { cell, row } from '../../../src/layout/pdf/grid-parts.js';
import { readLookAlikeDigits } from '../../../src/layout/pdf/ocr-letters.js';
import type { Grid } from '../../../src/layout/types.js';

function scanned(headers: string[][], body: string[][]): Grid {
  const mk = (texts: string[], h: boolean) => row('x.pdf', 1, texts.map((t) => ({ ...cell('x.pdf', 1, t, [], h), readBy: 'ocr' as const })), []);
  return { kind: 'grid', source: 'pdf', caption: null, rows: [...headers.map((h) => mk(h, true)), ...body.map((b) => mk(b, false))] };
}
const col = (g: Grid, k: number) => g.rows.map((r) => r.cells[k]!.text);
const doubts = (g: Grid) => g.rows.flatMap((r) => r.cells.filter((c) => c.uncertain !== undefined).map((c) => c.uncertain));

describe('letters OCR read for digits of like shape', () => {
  it('in a column of numbers are read as those digits, the cell uncertain (two layouts)', () => {
    const grouped = scanned(
      [['Region', 'Bidrag']],
      [
        ['Uppsala', '1O 234'],
        ['Skåne', '4l 786'],
        ['Kalmar', '12 345'],
        ['Gotland', '67 890'],
      ],
    );
    readLookAlikeDigits(grouped);
    expect(col(grouped, 1)).toEqual(['Bidrag', '10 234', '41 786', '12 345', '67 890']);
    expect(doubts(grouped)).toEqual(['1O 234', '4l 786']);

    const joined = scanned(
      [['', 'Kvalitet', 'Kompetens']],
      [
        ['Halland', '5120O', '3 S20 111'],
        ['Blekinge', '60 670', '1 000 000'],
        ['Dalarna', '99 388', '2 000 000'],
      ],
    );
    readLookAlikeDigits(joined);
    expect(joined.rows[1]!.cells.map((c) => c.text)).toEqual(['Halland', '51200', '3 520 111']);
  });

  it('stays as read in a column of words, and with more letters than one or two', () => {
    const words = scanned([['', 'Anm.']], [['Skåne', 'S1'], ['Kalmar', 'Se not'], ['Gotland', 'Ingen']]);
    readLookAlikeDigits(words);
    expect(col(words, 1)).toEqual(['Anm.', 'S1', 'Se not', 'Ingen']);
    const many = scanned([['', 'Belopp']], [['Skåne', 'SOl 234'], ['Kalmar', '12 345'], ['Gotland', '45 678']]);
    readLookAlikeDigits(many);
    expect(col(many, 1)).toEqual(['Belopp', 'SOl 234', '12 345', '45 678']);
    expect(doubts(many)).toEqual([]);
  });
});
