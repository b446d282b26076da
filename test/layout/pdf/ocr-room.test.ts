import { describe, expect, it } from 'vitest';
import { cell, row } from '../../../src/layout/pdf/grid-parts.js';
import { markDigitsWithoutRoom } from '../../../src/layout/pdf/ocr-room.js';
import type { Grid } from '../../../src/layout/types.js';

/** One body row of a scanned table: [text, box width] per cell, the label first. */
function scannedRow(cells: [string, number][]): Grid {
  let x = 50;
  const cs = cells.map(([t, w]) => {
    const c = { ...cell('x.pdf', 1, t, [{ x, y: 100, width: w, height: 10 }], false), readBy: 'ocr' as const };
    x += w + 20;
    return c;
  });
  return { kind: 'grid', source: 'pdf', caption: null, rows: [row('x.pdf', 1, cs, [])] };
}
const doubts = (g: Grid) => g.rows.flatMap((r) => r.cells.filter((c) => c.uncertain !== undefined).map((c) => c.text));

describe('a number OCR gave more digits than its box has room for', () => {
  it('is marked uncertain, not changed (a total row; a body row with wider digits)', () => {
    // "41 365 296" in the room of "1 098 575" beside it (digits about 4.7 pt with their gaps)
    const total = scannedRow([['Summa', 28], ['1 255 269', 37.2], ['41 365 296', 37.1], ['1 098 575', 37.1]]);
    markDigitsWithoutRoom(total);
    expect(doubts(total)).toEqual(['41 365 296']);
    // "19018707" in the room of seven digits beside a six-digit number (digits about 4.8 pt)
    const body = scannedRow([['Västmanlands', 54], ['906 114', 30], ['936029', 28.6], ['19018707', 32.4]]);
    markDigitsWithoutRoom(body);
    expect(doubts(body)).toEqual(['19018707']);
  });

  it('a number with a digit more and a digit\'s room more is left alone', () => {
    const g = scannedRow([['Uppsala', 40], ['1 034 779', 36.5], ['999 999', 30], ['89 910', 24.3]]);
    markDigitsWithoutRoom(g);
    expect(doubts(g)).toEqual([]);
  });
});
