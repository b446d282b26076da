import { ITEM_MARK } from './bullet-marks.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';
import { oncePerLine } from './once-per-line.js';
import { hasSentenceBreak } from '../lexicon/sentence-break.js';

/**
 * Lists that news pages, unions and foundations print as plain lines, one item a line, each a
 * label and its figure, the figure carrying its own unit or set after a colon:
 *
 *   Hällefors 27%                          Ödeshög (Region Östergötland): 1,85 (34,15)
 *   Politisk verksamhet -5%                Hammarö (Region Värmland): 1,50 (34,80)
 *   Idrottsstöd, Skåne, grupp 1,7 mkr      Nämnd A: 4 200
 *   Driftbidrag: 12.500.000 kronor         Antal elever: 412 st
 *   Alby – 80 miljoner kronor              Beby - 4 200
 *                                          Fotboll, 1228
 *
 * A run of at least MIN_ROWS such lines (single blank lines between them allowed, as web pages
 * paste them) with the same shape (as many figures, each column in one unit) is a table of
 * kind `list`: a label cell and a cell per figure, a second figure in parentheses being a second
 * column. The noun of a count after a figure set after a colon ("Elever: 412 st") may be written
 * on some lines only, and becomes the list's unit. Years before a colon are year-colon-lines.ts'. The labels need not be regions. Bullets are left to the list readers and `text/sum`,
 * and a line whose label ends in a preposition ("Arbetslösheten steg till 8 %") is a sentence,
 * not an item. A label wrapped at a hyphen ("Fagersta-" / "Skinnskatteberg 16%") is joined. The
 * split rests on where the label's words end rather than on printed columns, so the figures
 * carry `readBy: "spaced"`: a sum over them that disagrees warns, never errs.
 */
const MIN_ROWS = 3;
const MAX_LINE = 120;
const MAX_LABEL = 70;
const MAX_WORDS = 8;
const BULLET = ITEM_MARK;
/**
 * A figure: a sign, digit groups of three after the first (by a space, or by a dot as web pages
 * write "53.515.467 kronor"), a decimal part. Matched with the sticky flag at one place.
 */
const FIGURE = /[+\-−–]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?/y;
/** Digit groups by dots: thousands only when a currency or scale word follows (grammars/amount/dot-groups.ts reads them so). */
const DOT_GROUPED = /\d\.\d{3}/;
/** What a count is of, after its figure at the end of the line: "8 918 personer", "412 elever". */
const COUNT_NOUN = /^[ \u00a0](\p{Ll}{2,16})\.?$/u;

/** Unit words after a figure, longest first; the key names the figure's unit class. */
const UNITS: [RegExp, string][] = [
  [/^[ \u00a0]?%/, '%'],
  [/^ (?:procent|procentenheter)(?![\p{L}\d])/iu, '%'],
  [/^ (?:miljarder|miljard|mdkr)(?: kronor| kr)?(?![\p{L}\d])/iu, '1e9'],
  [/^ (?:miljoner|miljon|mnkr|mkr|milj\. kr)(?: kronor| kr)?(?![\p{L}\d])/iu, '1e6'],
  [/^ (?:tkr|tusen kronor)(?![\p{L}\d])/iu, '1e3'],
  [/^ (?:kronor|kr|sek|:-)(?![\p{L}\d])/iu, '1'],
  [/^ ?(?:euro|€)(?![\p{L}\d])/iu, 'eur'],
];
/** Colons that set a sub-row in, as some pages print an indent: "::Marginal: 39,7% (37,8%)". */
const SUB_MARK = /^:{1,2}(?=\p{L})/u;
/** A part of the item above: "varav export: 120 (100)", "därav moms: 12". */
const SUB_WORD = /^(?:varav|därav)\s/i;
/** A label's last word that makes the line a sentence: "steg till 8 %", "ökade med 5 %". */
const PREPOSITION = /(?:^|\s)(?:till|med|på|av|om|för|från|än|mot|runt|cirka|ca|drygt|nästan|knappt|över|under|omkring|är|var|blev|blir|uppgår|uppgick|ökade|minskade|steg|sjönk|får|fick)$/i;

interface Row {
  src: SourceLine;
  /** The label's characters in src.raw. */
  label: [number, number];
  /** Each figure's characters in src.raw, unit words included. */
  figures: [number, number][];
  /** The shape: each figure's unit class ("" for none), joined. */
  shape: string;
}

/** The figure at `at` with its unit words: [end, unit class]. */
function figureAt(raw: string, at: number): [number, string] | null {
  FIGURE.lastIndex = at;
  const m = FIGURE.exec(raw);
  if (!m) return null;
  const end = at + m[0].length;
  if (/[\d.]/.test(raw[end] ?? '')) return null;
  for (const [re, unit] of UNITS) {
    const u = re.exec(raw.slice(end, end + 24));
    if (u) return [end + u[0].length, unit];
  }
  // "1.200" alone may be a decimal point; only a unit word makes its dot a thousands separator.
  if (DOT_GROUPED.test(m[0])) return null;
  return [end, ''];
}

/** Unit classes that do not set a list's rows apart: a count's noun may be written on some lines only ("8 918 personer" / "27 920"). */
const shapeKey = (shape: string): string => shape.replace(/(^|\|)n:[^|]*/g, '$1');

/** A line as a label and its figures, or null. */
export const unitValueLine = oncePerLine(readLine);

function readLine(src: SourceLine): Row | null {
  const raw = src.raw.trimEnd();
  if (raw.length > MAX_LINE || raw.includes('\t') || raw.includes('|') || BULLET.test(raw)) return null;
  let from = raw.length - raw.trimStart().length;
  // A sub-row under the item above: set in by colons ("::Marginal", "::varav M2M") or opened by "varav"/"därav".
  const mark = SUB_MARK.exec(raw.slice(from, from + 3));
  if (mark) from += mark[0].length;
  // The figures open at the first digit (or the sign before it) after a label that starts with a capital.
  if (!/[\p{Lu}(]/u.test(raw[from] ?? '') && !SUB_WORD.test(raw.slice(from, from + 6))) return null;
  const digit = figureStart(raw, from) - from;
  if (digit <= 0) return null;
  let at = from + digit;
  if ('+-−–'.includes(raw[at - 1] ?? '') && /\s|:/.test(raw[at - 2] ?? ' ')) at--;
  let head = raw.slice(from, at).trimEnd();
  // A dash set apart sets the figure off as a colon does: "Alby – 80 miljoner kronor", "Beby - 4 200".
  const dash = /\s[–—-]$/.test(head);
  const colon = head.endsWith(':') || dash;
  const comma = head.endsWith(',');
  if (colon || comma) head = head.slice(0, -1).trimEnd();
  if (!/[\p{L})]$/u.test(head)) return null;
  if ((head.match(/\p{L}/gu) ?? []).length < 2 || head.length > MAX_LABEL || head.split(/\s+/).length > MAX_WORDS) return null;
  // A full stop before a small letter ends an abbreviation ("exkl. moms"), not a sentence.
  if (/[!?;]\s/.test(head) || hasSentenceBreak(head) || PREPOSITION.test(head)) return null;
  const figures: [number, number][] = [];
  const units: string[] = [];
  const first = figureAt(raw, at);
  if (!first) return null;
  figures.push([at, first[0]]);
  units.push(first[1]);
  let rest = raw.slice(first[0]);
  // A second figure in parentheses: "1,85 (34,15)", "27 % (2019: 25 %)" is left alone (a year inside).
  const paren = /^ \(/.exec(rest);
  if (paren) {
    const second = figureAt(raw, first[0] + 2);
    if (!second || raw[second[0]] !== ')') return null;
    figures.push([first[0] + 2, second[0]]);
    units.push(second[1]);
    rest = raw.slice(second[0] + 1);
  }
  const noun = figures.length === 1 && units[0] === '' ? COUNT_NOUN.exec(rest) : null;
  if (noun && colon) units[0] = `n:${noun[1]!.toLowerCase()}`;
  else if (noun) return null;
  else if (!/^\.?$/.test(rest)) return null;
  // A figure without unit words is read only after a colon: "Nämnd A: 4 200", or after a comma
  // as fact boxes write counts ("Fotboll, 1228"), though not a number opened by a zero (a phone number).
  if (units[0] === '' && !colon && !(comma && figures.length === 1 && !/^0\d/.test(raw.slice(at)))) return null;
  return { src, label: [from, from + head.length], figures, shape: units.join('|') };
}

/** The first digit that opens a word: digits inside a label's word ("M2M", "5G-nät") are the label's. */
function figureStart(raw: string, from: number): number {
  for (let i = from; i < raw.length; i++) {
    if (!/\d/.test(raw[i]!)) continue;
    if (i === from || /[\s:(+\-−–]/.test(raw[i - 1]!)) {
      let j = i;
      while (j < raw.length && /[\d ,\u00a0\u202f]/.test(raw[j]!)) j++;
      // A digit that runs into letters ("5G-abonnemang") is a word, not a figure.
      if (!/\p{L}/u.test(raw[j] ?? '') || /\s/.test(raw[j - 1]!)) return i;
    }
  }
  return raw.length;
}

const isBlank = (src: SourceLine | undefined): boolean => src !== undefined && src.raw.trim() === '';

/** A label wrapped at a hyphen or dash: "Fagersta-", "Gullspång–". */
const WRAPPED = /^\s*\p{Lu}[\p{L} ]{1,40}[-–]$/u;

/**
 * A row with as many figures (two: a figure and its comparison) as the list's rows but in another unit, followed (after at most two
 * blank lines) by a row of the list's own shape: a rate or a part printed among the items, not the
 * start of another list.
 */
function interleaved(row: Row, lines: SourceLine[], i: number, shape: string): boolean {
  // Only in lists of key figures with their comparison in parentheses: in a list of one figure a
  // line, a unit that changes ("Storby 91%" / "Lillby 4,5 mkr") leaves the list in doubt.
  const count = shape.split('|').length;
  if (count < 2 || row.shape.split('|').length !== count) return false;
  let k = i + 1;
  while (k < lines.length && k < i + 4 && isBlank(lines[k])) k++;
  const next = k < lines.length ? unitValueLine(lines[k]!) : null;
  return next !== null && shapeKey(next.shape) === shapeKey(shape);
}

/** Lines a scan passed over without finding a table: a scan from them would fail too (a long list is scanned once). */
const failed = new WeakSet<SourceLine>();

export function detectUnitValueLines(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const src = lines[start]!;
  if (failed.has(src)) return null;
  const found = scan(file, lines, start);
  if (!found) failed.add(src);
  return found;
}

function scan(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const rows: { row: Row; first: SourceLine | null }[] = [];
  let i = start;
  let end = start;
  while (i < lines.length) {
    const src = lines[i]!;
    const row = unitValueLine(src);
    if (row && (rows.length === 0 || shapeKey(row.shape) === shapeKey(rows[0]!.row.shape))) {
      rows.push({ row, first: null });
      i++;
      end = i;
      continue;
    }
    // A row in another unit between rows of the list ("Rörelsemarginal: 12,5% (11,0%)" under its result) is one of them.
    if (row && rows.length > 0 && interleaved(row, lines, i, rows[0]!.row.shape)) {
      rows.push({ row, first: null });
      i++;
      end = i;
      continue;
    }
    if (row) break;
    const next = lines[i + 1];
    const cont = next ? unitValueLine(next) : null;
    if (WRAPPED.test(src.raw) && cont && (rows.length === 0 || shapeKey(cont.shape) === shapeKey(rows[0]!.row.shape))) {
      rows.push({ row: cont, first: src });
      i += 2;
      end = i;
      continue;
    }
    // Blank lines between items, as a web page pastes them.
    if (rows.length > 0 && isBlank(src)) {
      let k = i;
      while (k < lines.length && k < i + 3 && isBlank(lines[k])) k++;
      // An item with running text right under it heads a paragraph ("Idrottsstöd 1,7 mkr" / "Bidrag har utgått …"): the list ended above.
      const after = lines[k + 1];
      const heads = k < lines.length && unitValueLine(lines[k]!) !== null && after !== undefined && !isBlank(after) && unitValueLine(after) === null;
      if (k < lines.length && !heads && (unitValueLine(lines[k]!) || WRAPPED.test(lines[k]!.raw))) {
        i = k;
        continue;
      }
    }
    break;
  }
  if (rows.length < MIN_ROWS) {
    for (const r of rows) failed.add(r.row.src);
    return null;
  }
  const gridRows: GridRow[] = rows.map(({ row, first }) => {
    const label = toGridCell(file, row.src, row.label[0], row.label[1]);
    if (first) {
      const head = first.raw.trim();
      const tail = label.text;
      // "Fagersta-" + "Skinnskatteberg": the hyphen stays before a capital, as in the place's name.
      label.text = head + tail;
      label.location = { ...label.location, line: first.line, column: (first.column ?? 1) + first.raw.length - first.raw.trimStart().length };
    }
    const cells = [label, ...row.figures.map(([a, b]) => ({ ...toGridCell(file, row.src, a, b), readBy: 'spaced' as const }))];
    return { cells, location: label.location };
  });
  const grid: Grid = { kind: 'grid', source: 'list', caption: null, rows: gridRows, headerRows: 0 };
  // The noun of a count, written on some lines ("8 918 personer"), is the list's unit when only one is written.
  const nouns = new Set(rows.map(({ row }) => row.shape).filter((x) => x.startsWith('n:')));
  if (nouns.size === 1) {
    const { row } = rows.find(({ row: r }) => r.shape.startsWith('n:'))!;
    const figureEnd = row.figures[0]![1];
    const noun = COUNT_NOUN.exec(row.src.raw.slice(figureEnd))!;
    const c = toGridCell(file, row.src, figureEnd + 1, figureEnd + 1 + noun[1]!.length);
    grid.unitNote = { text: c.text, location: c.location };
  }
  return { grid, end };
}
