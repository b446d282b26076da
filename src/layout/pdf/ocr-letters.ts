import type { Grid } from '../types.js';
import { rereadInNumberColumns } from './ocr-number-columns.js';
import { regroupDigits } from './ocr-digits.js';

/**
 * Letters OCR reads for digits of like shape ("1O 234", "4l 786", "S 120", "75g091", "3b 210"): in a column whose
 * other cells are numbers, a cell of digits with one or two such letters among them is read with
 * the digits they stand for, and marked uncertain (the shape could be either), so that a sum over
 * it warns and names it. A cell with more letters, or in a column of words, stays as read.
 */
const LOOK_ALIKE: Record<string, string> = { O: '0', o: '0', D: '0', I: '1', l: '1', '|': '1', S: '5', s: '5', B: '8', Z: '2', z: '2', g: '9', q: '9', b: '6', G: '6' };
const CANDIDATE = /^[-−–]?[\dODoIlSsBZzgqbG]+(?:[ \u00a0\u202f\u2009][\dODoIlSsBZzgqbG]+)*$/;
const MAX_LETTERS = 2;

function mapped(text: string): string | null {
  const t = text.trim();
  if (!CANDIDATE.test(t) || !/\d/.test(t)) return null;
  const letters = [...t].filter((ch) => LOOK_ALIKE[ch] !== undefined).length;
  if (letters === 0 || letters > MAX_LETTERS || letters * 2 >= t.replace(/\s/g, '').length) return null;
  return [...t].map((ch) => LOOK_ALIKE[ch] ?? ch).join('');
}

export function readLookAlikeDigits(grid: Grid): void {
  rereadInNumberColumns(grid, (text) => { const r = mapped(text); return r === null ? null : regroupDigits(r); });
}
