import { describe, expect, it } from 'vitest';
import { cell, row } from '../../../src/layout/pdf/grid-parts.js';
import { readPrefixSpecks } from '../../../src/layout/pdf/ocr-specks.js';
import type { Grid } from '../../../src/layout/types.js';

function scanned(headers: string[][], body: string[][]): Grid {
  const mk = (texts: string[], h: boolean) => row('x.pdf', 1, texts.map((t) => ({ ...cell('x.pdf', 1, t, [], h), readBy: 'ocr' as const })), []);
  return { kind: 'grid', source: 'pdf', caption: null, rows: [...headers.map((h) => mk(h, true)), ...body.map((b) => mk(b, false))] };
}
const texts = (g: Grid) => g.rows.map((r) => r.cells.map((c) => c.text));
const doubts = (g: Grid) => g.rows.flatMap((r) => r.cells.filter((c) => c.uncertain !== undefined).map((c) => c.uncertain));

describe('a speck or short word OCR read before a number', () => {
  it('is left out in a column of numbers, the cell uncertain (two layouts)', () => {
    const grouped = scanned(
      [['Region', 'Tillägg', 'Kvalitet']],
      [
        ['Kalmar', 'sans 538 544', '12 004'],
        ['Gotland', '310 221', '-.6 135557'],
        ['Skåne', '98 017', '7 120 300'],
      ],
    );
    readPrefixSpecks(grouped);
    expect(texts(grouped)).toEqual([
      ['Region', 'Tillägg', 'Kvalitet'],
      ['Kalmar', '538 544', '12 004'],
      ['Gotland', '310 221', '6 135 557'],
      ['Skåne', '98 017', '7 120 300'],
    ]);
    expect(doubts(grouped)).toEqual(['sans 538 544', '-.6 135557']);
    const joined = scanned(
      [['', 'Bidrag']],
      [
        ['Västerbottens län', '— 38278038'],
        ['Uppsala län', '22418581'],
        ['Hallands län', 'cc 93009'],
        ['Västma', 'nlan d 41 200'],
        ['Kronoberg', '89319166'],
        ['Dalarnas län', '86898292'],
      ],
    );
    readPrefixSpecks(joined);
    expect(joined.rows.map((r) => r.cells[1]!.text)).toEqual(['Bidrag', '38278038', '22418581', '93009', '41 200', '89319166', '86898292']);
  });

  it('stays in a column of words, before a sign, and when the word is long or capitalised', () => {
    const words = scanned([['', 'Anm.']], [['Skåne', 'se 12'], ['Kalmar', 'Se not'], ['Gotland', 'Ingen']]);
    readPrefixSpecks(words);
    expect(texts(words).map((r) => r[1])).toEqual(['Anm.', 'se 12', 'Se not', 'Ingen']);
    const numbers = scanned([['', 'Belopp']], [['Skåne', '- 12 345'], ['Kalmar', 'Totalt 45 678'], ['Gotland', 'Ca 400'], ['Halland', '1 200'], ['Dalarna', '3 400']]);
    readPrefixSpecks(numbers);
    expect(texts(numbers).map((r) => r[1])).toEqual(['Belopp', '- 12 345', 'Totalt 45 678', 'Ca 400', '1 200', '3 400']);
    expect(doubts(numbers)).toEqual([]);
    // A note reference before the figures, in a column of numbers.
    const noted = scanned([['', 'Belopp']], [['Örebro', 'se not 3 100'], ['Kalmar', 'not 2 400'], ['Halland', '1 200'], ['Dalarna', '3 400'], ['Skåne', '5 400']]);
    readPrefixSpecks(noted);
    expect(texts(noted).map((r) => r[1])).toEqual(['Belopp', 'se not 3 100', 'not 2 400', '1 200', '3 400', '5 400']);
  });
});
