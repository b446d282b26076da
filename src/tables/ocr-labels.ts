import { matchRegion, nearestRegion, regionByCode } from '../regions/match.js';
import { normalizeLabel } from '../regions/normalize.js';
import { EXACT } from '../regions/variants.js';
import { isTotalLabelText } from '../layout/total-label.js';
import type { Grid, GridCell, GridRow } from '../layout/types.js';
import { regionsByPlace } from './ocr-label-order.js';

/**
 * Row labels of a scanned region table that OCR misread. Tesseract misreads a capital more
 * often than any other letter ("Mästernorrlands", "rödermanlands" for Västernorrlands,
 * Södermanlands) and reads a word beside a label as a fragment ("la Bion Örebro" for Region
 * Örebro län), where the printed-text matcher asks for the initial to agree. In a table whose
 * other rows name regions, a label that names none is read as the one region whose name is
 * within an edit or two of its last words, the initial included, after fragments of up to four
 * letters before it are dropped, or whose last word is the tail of one region's name alone (OCR
 * lost the head of "Västra Götalandsregionen": "tr dsregionen"). The label then names that region, and every cell of the row is
 * marked uncertain with the label as OCR read it: the row's region is a guess, and any sum over
 * it warns and names the row. No region, or two equally close, and the label stays as read; a
 * label OCR could not read at all may still be named by its place (ocr-label-order.ts).
 */
const MIN_REGION_ROWS = 3;
/** Fragments before a label that OCR made of a word it could not read ("la", "Bion", "fo"). */
const FRAGMENT = 4;
const MAX_DROPPED = 2;
const SUFFIX = / län$/;
const PREFIX = /^region /;

function closestRegion(words: string): string | null {
  const core = normalizeLabel(words).replace(PREFIX, '').replace(SUFFIX, '');
  if (!/^\p{L}{4,}$/u.test(core)) return null;
  // Any initial: OCR misreads a capital more often than any other letter.
  return nearestRegion(core, (c) => (c.length <= 8 ? 1 : 2))?.code ?? null;
}

/** A word's tail long enough to name one region alone ("dsregionen": Västra Götalandsregionen). */
const MIN_TAIL = 8;

/** The one region whose spelling ends in `tail` inside a word, or null. */
function regionByTail(tail: string): string | null {
  const t = normalizeLabel(tail);
  if (t.length < MIN_TAIL) return null;
  const codes = new Set<string>();
  for (const [spelling, code] of EXACT) {
    if (spelling.length > t.length && spelling.endsWith(t) && /\p{L}/u.test(spelling[spelling.length - t.length - 1]!)) codes.add(code);
  }
  return codes.size === 1 ? [...codes][0]! : null;
}

const LETTER = /\p{L}/u;

/** A word without the specks and borders at its ends ("dsregionen|" → "dsregionen"); a loop, no backtracking. */
function lettersAtEnds(w: string): string {
  let from = 0;
  let to = w.length;
  while (from < to && !LETTER.test(w[from]!)) from++;
  while (to > from && !LETTER.test(w[to - 1]!)) to--;
  return w.slice(from, to);
}

/** The region an OCR label names, by its code, or null. */
export function ocrLabelRegion(label: string): string | null {
  const words = label
    .split(/\s+/)
    .map(lettersAtEnds)
    .filter((w) => w !== '');
  for (let drop = 0; drop <= MAX_DROPPED && drop < words.length; drop++) {
    if (drop > 0 && words[drop - 1]!.length > FRAGMENT) return null;
    const rest = words.slice(drop).join(' ');
    const m = matchRegion(rest);
    if (m) return m.code;
    const code = closestRegion(rest);
    if (code) return code;
  }
  // OCR lost a long label's head: its last word ends as one region's name ends, and only that one's.
  return words.length > 0 && words.length <= MAX_DROPPED + 1 ? regionByTail(words[words.length - 1]!) : null;
}

/**
 * The grid with the misread region labels of its OCR rows named (see above); the grid itself
 * when there are none. Cells are copied, never changed in place: the grid is the layout's.
 */
export function readOcrLabels(grid: Grid): Grid {
  const label = (cells: GridCell[]) => cells[0]?.text.trim() ?? '';
  const isBody = (r: GridRow) => !r.cells.some((c) => c.header);
  const body = grid.rows.filter(isBody);
  if (!body.some((r) => r.cells[0]?.readBy === 'ocr')) return grid;
  if (body.filter((r) => matchRegion(label(r.cells))).length < MIN_REGION_ROWS) return grid;
  let changed = false;
  const named = (r: GridRow, code: string | null, read: string): GridRow => {
    const region = code === null ? undefined : regionByCode(code);
    if (!region) return r;
    changed = true;
    const cells = r.cells.map((c, k) => ({ ...c, uncertain: c.uncertain ?? (k === 0 ? read : c.text), ...(k === 0 ? { text: region.name } : {}) }));
    return { ...r, cells };
  };
  const byName = grid.rows.map((r) => {
    const read = label(r.cells);
    if (!isBody(r) || r.cells[0]?.readBy !== 'ocr') return r;
    if (!/\p{L}/u.test(read) || matchRegion(read) || isTotalLabelText(read.split(/\s+/)[0]!)) return r;
    return named(r, ocrLabelRegion(read), read);
  });
  // A label OCR could not read at all is named by its place in a table in code order (ocr-label-order.ts).
  const hasValue = (r: GridRow) => r.cells.slice(1).some((c) => /\d/.test(c.text));
  const byPlace = regionsByPlace(byName, (r) => label(r.cells), (r) => isBody(r) && r.cells[0]?.readBy === 'ocr' && hasValue(r));
  const rows = byName.map((r, i) => (byPlace.has(i) ? named(r, byPlace.get(i)!, label(r.cells)) : r));
  return changed ? { ...grid, rows } : grid;
}
