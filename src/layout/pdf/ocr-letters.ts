import { toMatrix } from '../grid-matrix.js';
import type { Grid } from '../types.js';
import { regroupDigits } from './ocr-digits.js';

/**
 * Letters OCR reads for digits of like shape ("1O 234", "4l 786", "S 120"): in a column whose
 * other cells are numbers, a cell of digits with one or two such letters among them is read with
 * the digits they stand for, and marked uncertain (the shape could be either), so that a sum over
 * it warns and names it. A cell with more letters, or in a column of words, stays as read.
 */
const LOOK_ALIKE: Record<string, string> = { O: '0', o: '0', D: '0', I: '1', l: '1', '|': '1', S: '5', s: '5', B: '8', Z: '2', z: '2' };
const CANDIDATE = /^[-−–]?[\dODoIlSsBZz]+(?:[ \u00a0\u202f\u2009][\dODoIlSsBZz]+)*$/;
const NUMBER = /^[-−–]?\d[\d \u00a0\u202f\u2009]*$/;
const MAX_LETTERS = 2;
/** Share of a column's other filled cells that must be numbers. */
const SHARE = 0.8;

function mapped(text: string): string | null {
  const t = text.trim();
  if (!CANDIDATE.test(t) || !/\d/.test(t)) return null;
  const letters = [...t].filter((ch) => LOOK_ALIKE[ch] !== undefined).length;
  if (letters === 0 || letters > MAX_LETTERS || letters * 2 >= t.replace(/\s/g, '').length) return null;
  return [...t].map((ch) => LOOK_ALIKE[ch] ?? ch).join('');
}

export function readLookAlikeDigits(grid: Grid): void {
  const m = toMatrix(grid);
  const width = Math.max(0, ...m.map((r) => r.length));
  for (let c = 1; c < width; c++) {
    const cells = [...new Set(m.map((r) => r[c]?.cell).filter((x) => x !== undefined))].filter((x) => !x.header && x.colspan === 1 && x.text.trim() !== '');
    const read = cells.map((x) => mapped(x.text));
    const others = cells.filter((_, k) => read[k] === null);
    if (others.length === 0 || others.filter((x) => NUMBER.test(x.text.trim())).length < SHARE * others.length) continue;
    cells.forEach((x, k) => {
      const r = read[k];
      if (r === null || r === undefined) return;
      x.uncertain ??= x.text;
      x.text = regroupDigits(r);
    });
  }
}
