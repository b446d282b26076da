import { describe, expect, it } from 'vitest';
import { cell, row } from '../../../src/layout/pdf/grid-parts.js';
import { joinSplitGroups } from '../../../src/layout/pdf/ocr-columns.js';
import type { Grid } from '../../../src/layout/types.js';

/** A grid of a scanned page: header rows, then body rows [label, …values]; every cell read by OCR. */
function scanned(headers: string[][], body: string[][]): Grid {
  const mk = (texts: string[], h: boolean) => row('x.pdf', 1, texts.map((t) => ({ ...cell('x.pdf', 1, t, [], h), readBy: 'ocr' as const })), []);
  return { kind: 'grid', source: 'pdf', caption: null, rows: [...headers.map((h) => mk(h, true)), ...body.map((b) => mk(b, false))] };
}
const texts = (g: Grid) => g.rows.map((r) => r.cells.map((c) => c.text));

describe('a digit group OCR set apart from its number in every row', () => {
  it('is joined to the number column beside it (two layouts)', () => {
    // The first value column's last group stands apart; the header stands over the group.
    const first = scanned(
      [['Region', '', 'Kvalitet', 'Kompetens']],
      [
        ['Stockholm', '4993', '796', '9 561 374'],
        ['Uppsala', '6 656', '092', '3 629 388'],
        ['Kalmar', '8 126', '310', '9 224 958'],
      ],
    );
    joinSplitGroups(first);
    expect(texts(first)).toEqual([
      ['Region', 'Kvalitet', 'Kompetens'],
      ['Stockholm', '4993 796', '9 561 374'],
      ['Uppsala', '6 656 092', '3 629 388'],
      ['Kalmar', '8 126 310', '9 224 958'],
    ]);
    // The last column, under two header rows, with a row whose number OCR kept whole.
    const last = scanned(
      [
        ['Län', 'Bidrag', ''],
        ['', 'kronor', ''],
      ],
      [
        ['Gotlands län', '12 400', '500'],
        ['Hallands län', '3 100', '250'],
        ['Blekinge län', '7 700', '000'],
        ['Jämtlands län', '1 300 000', ''],
        ['Kronobergs län', '2 050', '125'],
      ],
    );
    joinSplitGroups(last);
    expect(texts(last)).toEqual([
      ['Län', 'Bidrag'],
      ['', 'kronor'],
      ['Gotlands län', '12 400 500'],
      ['Hallands län', '3 100 250'],
      ['Blekinge län', '7 700 000'],
      ['Jämtlands län', '1 300 000'],
      ['Kronobergs län', '2 050 125'],
    ]);
  });

  it('leaves columns alone that have headers of their own, or hold other than one group of three', () => {
    const ownHeaders = scanned(
      [['Region', 'Antal', 'Nya']],
      [
        ['Stockholm', '4 993', '796'],
        ['Uppsala', '6 656', '092'],
      ],
    );
    joinSplitGroups(ownHeaders);
    expect(texts(ownHeaders)[1]).toEqual(['Stockholm', '4 993', '796']);
    const notGroups = scanned(
      [['Region', '', 'Andel']],
      [
        ['Stockholm', '4 993', '79'],
        ['Uppsala', '6 656', '92'],
      ],
    );
    joinSplitGroups(notGroups);
    expect(texts(notGroups)[1]).toEqual(['Stockholm', '4 993', '79']);
    const once = scanned(
      [['Region', '', 'Belopp']],
      [
        ['Stockholm', '4 993', '796'],
        ['Uppsala', '6 656 092', ''],
        ['Kalmar', '8 126 310', ''],
      ],
    );
    joinSplitGroups(once);
    expect(texts(once)[1]).toEqual(['Stockholm', '4 993', '796']);
  });
});
