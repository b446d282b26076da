import type { Grid, GridCell } from '../types.js';

/**
 * A number OCR gave more digits than its ink has room for: "41 365 296" in a box no wider than
 * "1 098 575" beside it in the same row (same font, same weight), a border or a speck read as a
 * digit. Which digit is extra cannot be told, so the cell is not changed; it is marked uncertain,
 * so that a sum over it warns and names it. Digits are equally wide, and a number with more
 * digits has at least as many group gaps: in one row, each digit more takes about a digit's room
 * more ("19018707" in the room of seven digits beside "936029").
 */
const NUMBER = /^[-−–]?\d[\d \u00a0\u202f\u2009]*$/;
/** Of each digit more, the share of a digit's room that may lack (ink at a 1's side, a narrow gap). */
const SLACK_DIGITS = 0.7;

interface Figure {
  cell: GridCell;
  digits: number;
  width: number;
}

function figureOf(c: GridCell): Figure | null {
  const t = c.text.trim();
  const w = c.location.box?.width;
  if (c.header || c.colspan !== 1 || !NUMBER.test(t) || w === undefined) return null;
  return { cell: c, digits: (t.match(/\d/g) ?? []).length, width: w };
}

export function markDigitsWithoutRoom(grid: Grid): void {
  for (const r of grid.rows) {
    const figures = r.cells.map(figureOf).filter((f): f is Figure => f !== null);
    for (const a of figures) {
      const cramped = figures.some((b) => b.digits < a.digits && a.width < b.width + (a.digits - b.digits - SLACK_DIGITS) * (b.width / b.digits));
      if (cramped) a.cell.uncertain ??= a.cell.text;
    }
  }
}
