import type { Grid } from '../types.js';
import { stripBorderGlyphs, stripHeaderBorders } from './ocr-borders.js';
import { joinSplitGroups } from './ocr-columns.js';
import { regroupDigits } from './ocr-digits.js';
import { readLookAlikeDigits } from './ocr-letters.js';
import { markDigitsWithoutRoom } from './ocr-room.js';
import { readStraySeparators } from './ocr-separators.js';

/**
 * A grid found on a scanned page, read as OCR gave it: every cell marked as read by OCR (a sum
 * over it is uncertain), borders and digit groups mended, look-alike letters and specks between
 * digit groups read as digits and gaps (uncertain), numbers with more digits than their box has room for marked uncertain.
 */
export function readOcrGrid(grid: Grid): void {
  joinSplitGroups(grid);
  for (const r of grid.rows) {
    for (const c of r.cells) {
      c.readBy = 'ocr';
      c.text = c.header ? stripHeaderBorders(c.text) : regroupDigits(stripBorderGlyphs(c.text));
    }
  }
  readLookAlikeDigits(grid);
  readStraySeparators(grid);
  markDigitsWithoutRoom(grid);
}
