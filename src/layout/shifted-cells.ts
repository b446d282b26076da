import { columnChoices } from './column-choices.js';
import { placementByTotal } from './short-row-total.js';
import { splitGluedDotPairs } from './glued-dot-pairs.js';
import { looksNumeric } from './looks-numeric.js';
import { CODE_CELL, CODE_TITLE, LETTER_CODE } from './code-cells.js';
import { LETTER_CODE_TITLE } from '../lexicon/phrases.js';
import type { GridCell, GridRow } from './types.js';

/**
 * Some web pages and exports drop a row's empty cells and pad the row at its end instead, so
 * that the cells after a gap stand one or more columns too far left:
 *
 *   Förk. | Namn       | Antal 2022 | Andel 2022 | Antal +/- | Andel +/- | Antal 2018 | Andel 2018 |
 *   A     | Alfa       | 14         | 9,0%       | -9        | -4,3      | 23         | 13,3%      |
 *   B     | Beta       | -4         | -2,3       | 4         | 2,3%      |            |            |
 *
 * Beta had no count or share in 2022: its change (-4, -2,3) and its 2018 figures (4, 2,3%) stand
 * under the wrong titles. The rows that fill every cell show what each column holds (a figure
 * or a word, a % sign, a sign before it, decimals, a capitals-only code); a row whose empty cells
 * are all at its end and whose cells do not fit their columns is placed where every cell fits,
 * when only one such placement, in the row's order, exists. A label printed in a code column
 * (no code, "Summa" in the code's place) moves into the label column the same way.
 *
 * Placed cells are a reading, not print: they are marked uncertain. A row that fits nowhere, or
 * in several ways, keeps its cells where they are, also marked uncertain, so that no sum over it
 * is called wrong for certain.
 */
export const SHIFTED_CELL = 'the row left out its empty cells: where this cell stands was read from the look of its column';
export const UNPLACED_CELL = 'the row left out its empty cells, and the look of the columns does not say where this cell stands';

/** Rows filling every column needed to learn what the columns hold. */
const MIN_FULL_ROWS = 3;
const MAX_PLACEMENTS = 512;

type Trait = 'numeric' | 'percent' | 'signed' | 'decimal' | 'code';
const TRAITS: readonly Trait[] = ['numeric', 'percent', 'signed', 'decimal', 'code'];

const ZERO = /^[-−–+±]?\s?0(?:[,.]0+)?\s?%?$/;

/** What a filled cell shows. A zero may be printed with or without a sign: its sign says nothing. */
function traits(text: string): Partial<Record<Trait, boolean>> {
  const t = text.trim();
  const numeric = looksNumeric(t);
  if (!numeric) return { numeric, code: LETTER_CODE.test(t) };
  return {
    numeric,
    percent: /%$|\sprocent$/i.test(t),
    signed: ZERO.test(t) ? undefined : /^[-−–+]/.test(t),
    decimal: /\d[,.]\d{1,2}\s?%?$/.test(t),
  };
}

/** Per column and trait: true when every full row's cell has it, false when none has, else no rule. */
type Profile = Partial<Record<Trait, boolean>>;

function profiles(full: readonly GridRow[], width: number): Profile[] {
  const out: Profile[] = [];
  for (let c = 0; c < width; c++) {
    const seen = full.map((row) => traits(row.cells[c]!.text));
    const profile: Profile = {};
    for (const trait of TRAITS) {
      const known = seen.map((s) => s[trait]).filter((v): v is boolean => v !== undefined);
      // A trait that only some cells show, or that applies to no cell here (numbers' traits in a label column), sets no rule.
      if (known.length !== seen.length && trait !== 'signed') continue;
      if (known.length === 0) continue;
      if (known.every((v) => v)) profile[trait] = true;
      else if (known.every((v) => !v)) profile[trait] = false;
    }
    out.push(profile);
  }
  return out;
}

function fits(text: string, profile: Profile): boolean {
  const own = traits(text);
  return TRAITS.every((trait) => profile[trait] === undefined || own[trait] === undefined || own[trait] === profile[trait]);
}

const filled = (c: GridCell): boolean => c.text.trim() !== '';

/** The digits before a number's decimals ("163031" 6, "4,3" 1, "−2 626" 4); null for a zero or no number. */
function integerDigits(text: string): number | null {
  const t = text.trim();
  if (!looksNumeric(t) || ZERO.test(t)) return null;
  const whole = t.replace(/[,.]\d{1,2}\s?%?$/, '').replace(/\D/g, '').replace(/^0+/, '');
  return whole.length;
}

/** Per column, the fewest and most integer digits its full rows' figures have (null: no figures). */
function magnitudes(full: readonly GridRow[], width: number): ([number, number] | null)[] {
  return Array.from({ length: width }, (_, c) => {
    const ds = full.map((row) => integerDigits(row.cells[c]!.text)).filter((d): d is number => d !== null);
    return ds.length === 0 ? null : [Math.min(...ds), Math.max(...ds)];
  });
}

/** A figure of about the size the column's figures have: a digit more or fewer than they show at most. */
function fitsSize(text: string, range: [number, number] | null): boolean {
  const d = integerDigits(text);
  return d === null || range === null || (d >= range[0] - 1 && d <= range[1] + 1);
}

/** The row's empty cells all stand after its last filled one, and there is at least one. */
function emptyAtEnd(row: GridRow): boolean {
  const last = row.cells.map(filled).lastIndexOf(true);
  return last >= 0 && last < row.cells.length - 1 && row.cells.slice(0, last + 1).every(filled);
}

/**
 * Places the cells of rows that left out their empty cells (see above). `headerRows` rows at the
 * top are the header; every row has `width` cells. Rows are changed in place.
 */
export function placeShiftedCells(rows: GridRow[], headerRows: number, padShort = false): void {
  // "6.3486.914" over an empty cell: two figures run together, split before cells are placed (glued-dot-pairs.ts).
  splitGluedDotPairs(rows, headerRows);
  const body = rows.slice(headerRows);
  const width = rows[0]?.cells.length ?? 0;
  if (width < 3 || body.some((row) => row.cells.length > width)) return;
  // With `padShort` (GFM, tab rows), a row of fewer cells than the header is padded at its end, as
  // GFM reads it, so that its cells are placed as a padded row's.
  const short = new Set(padShort ? body.filter((row) => row.cells.length < width) : []);
  for (const row of short) padRow(row, width);
  if (body.some((row) => row.cells.length !== width)) return;
  const full = body.filter((row) => row.cells.every(filled));
  if (full.length < MIN_FULL_ROWS) {
    placeSpannedLabels(rows, headerRows, width);
    return;
  }
  const profile = profiles(full, width);
  const sizes = magnitudes(full, width);
  // Only columns that say what they hold can place a cell.
  if (profile.every((p) => Object.keys(p).length === 0)) return;
  for (const row of body) {
    if (!emptyAtEnd(row)) continue;
    const values = row.cells.filter(filled);
    // A lone cell is a heading or a label ("2020", "Vård"), whatever it looks like: it stays first.
    if (values.length < 2) continue;
    const fromLeft = values.every((cell, k) => fits(cell.text, profile[k]!));
    const choices = columnChoices(width, values.length, MAX_PLACEMENTS);
    // Too many choices to try them all: the one that fits may not be the only one.
    let ways = choices.length < MAX_PLACEMENTS ? choices.filter((cols) => values.every((cell, k) => fits(cell.text, profile[cols[k]!]!))) : [];
    if (fromLeft) {
      // Put from the left, it fits; when a short row of two figures or more fits elsewhere too, a total
      // row under it may say where it stands (short-row-total.ts); else the placement is a guess and
      // its cells say so. (A row of one figure stays first, as GFM puts it.)
      if (ways.length <= 1 || !short.has(row) || values.length < 3) continue;
      const byTotal = placementByTotal(body, row, ways, width);
      if (byTotal === null) {
        for (const cell of values.slice(1)) {
          cell.uncertain ??= UNPLACED_CELL;
          cell.placedByGuess = true;
        }
        continue;
      }
      if (byTotal.every((c, k) => c === k)) continue;
      ways = [byTotal];
    }
    // Several placements fit the look of the columns: the sizes of their figures may leave one
    // ("9354" beside seats of one or two digits is a count of votes, one column on).
    if (ways.length > 1) {
      const sized = ways.filter((cols) => values.every((cell, k) => fitsSize(cell.text, sizes[cols[k]!]!)));
      if (sized.length === 1) ways = sized;
    }
    if (ways.length !== 1) {
      for (const cell of values) cell.uncertain ??= UNPLACED_CELL;
      continue;
    }
    const cols = ways[0]!;
    const empty = row.cells.find((c) => !filled(c))!;
    row.cells = Array.from({ length: width }, (_, c) => {
      const k = cols.indexOf(c);
      if (k < 0) return { ...empty, text: '' };
      const cell = values[k]!;
      return k === c ? cell : { ...cell, uncertain: cell.uncertain ?? SHIFTED_CELL };
    });
  }
}

/** A code in the code column: a letter code ("LPo", "ÖVR") or a county's or appropriation's ("08", "1:1"). */
const isCode = (text: string): boolean => {
  const t = text.trim();
  // A party's letters may end in a small one ("LPo", "SPI"): two capitals at least in a short word.
  const mixed = /^[A-Za-zÅÄÖåäö]{2,5}$/.test(t) && (t.match(/[A-ZÅÄÖ]/g) ?? []).length >= 2;
  return LETTER_CODE.test(t) || mixed || CODE_CELL.test(t);
};

/**
 * Too few full rows to learn the columns by their look, the header may still say where a row's
 * cells belong: under a code column's title and a title for the names ("Förk. | Parti | Antal 2018
 * | …"), with a row that prints a code and a name, a row whose second cell is a figure printed its
 * label over both columns ("Röster på partier som ej beställt valsedlar | 2 | 0,28% | …", one cell
 * fewer): its figures stand one column on, where the row has an empty cell at its end to take.
 * Moved cells are a reading (marked uncertain).
 */
function placeSpannedLabels(rows: GridRow[], headerRows: number, width: number): void {
  if (headerRows < 1) return;
  const titles = rows[headerRows - 1]!.cells.map((c) => c.text.trim());
  if (!(CODE_TITLE.test(titles[0] ?? '') || LETTER_CODE_TITLE.test(titles[0] ?? '')) || titles[1] === undefined || titles[1] === '' || looksNumeric(titles[1])) return;
  const body = rows.slice(headerRows);
  // Some row shows what the two columns hold: a code, then words.
  if (!body.some((row) => isCode(row.cells[0]!.text) && filled(row.cells[1]!) && !looksNumeric(row.cells[1]!.text))) return;
  for (const row of body) {
    const [label, second] = row.cells;
    const last = row.cells[width - 1]!;
    if (!filled(label!) || isCode(label!.text) || looksNumeric(label!.text) || !filled(second!) || !looksNumeric(second!.text) || filled(last)) continue;
    const moved = row.cells.slice(1, width - 1).map((c) => (filled(c) ? { ...c, uncertain: c.uncertain ?? SHIFTED_CELL } : c));
    row.cells = [label!, { ...last, text: '' }, ...moved];
  }
}

/** Empty cells after a row's last, up to `width`, each set where the row ends. */
function padRow(row: GridRow, width: number): void {
  const last = row.cells[row.cells.length - 1];
  if (last === undefined) return;
  const at = last.location.endColumn ?? last.location.column;
  while (row.cells.length < width) row.cells.push({ ...last, text: '', uncertain: undefined, readBy: undefined, location: { ...last.location, column: at, endColumn: at } });
}
