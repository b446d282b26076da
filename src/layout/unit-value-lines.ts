import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridRow } from './types.js';
import { oncePerLine } from './once-per-line.js';

/**
 * Lists that news pages, unions and foundations print as plain lines, one item a line, each a
 * label and its figure, the figure carrying its own unit or set after a colon:
 *
 *   Hällefors 27%                          Ödeshög (Region Östergötland): 1,85 (34,15)
 *   Politisk verksamhet -5%                Hammarö (Region Värmland): 1,50 (34,80)
 *   Idrottsstöd, Skåne, grupp 1,7 mkr      Nämnd A: 4 200
 *
 * A run of at least MIN_ROWS such lines (single blank lines between them allowed, as web pages
 * paste them) with the same shape (as many figures, each column in one unit) is a table of
 * kind `list`: a label cell and a cell per figure, a second figure in parentheses being a second
 * column. The labels need not be regions. Bullets are left to the list readers and `text/sum`,
 * and a line whose label ends in a preposition ("Arbetslösheten steg till 8 %") is a sentence,
 * not an item. A label wrapped at a hyphen ("Fagersta-" / "Skinnskatteberg 16%") is joined. The
 * split rests on where the label's words end rather than on printed columns, so the figures
 * carry `readBy: "spaced"`: a sum over them that disagrees warns, never errs.
 */
const MIN_ROWS = 3;
const MAX_LINE = 120;
const MAX_LABEL = 70;
const MAX_WORDS = 8;
const BULLET = /^\s*(?:[-*+•−–]\s|\d{1,2}[.)]\s)/;
/** A figure: a sign, digit groups of three after the first, a decimal part. Matched with the sticky flag at one place. */
const FIGURE = /[+\-−–]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?/y;
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
  return [end, ''];
}

/** A line as a label and its figures, or null. */
export const unitValueLine = oncePerLine(readLine);

function readLine(src: SourceLine): Row | null {
  const raw = src.raw.trimEnd();
  if (raw.length > MAX_LINE || raw.includes('\t') || raw.includes('|') || BULLET.test(raw)) return null;
  const from = raw.length - raw.trimStart().length;
  // The figures open at the first digit (or the sign before it) after a label that starts with a capital.
  if (!/[\p{Lu}(]/u.test(raw[from] ?? '')) return null;
  const digit = raw.slice(from).search(/\d/);
  if (digit <= 0) return null;
  let at = from + digit;
  if ('+-−–'.includes(raw[at - 1] ?? '') && /\s|:/.test(raw[at - 2] ?? ' ')) at--;
  let head = raw.slice(from, at).trimEnd();
  const colon = head.endsWith(':');
  if (colon || head.endsWith(',')) head = head.slice(0, -1).trimEnd();
  if (!/[\p{L})]$/u.test(head)) return null;
  if ((head.match(/\p{L}/gu) ?? []).length < 2 || head.length > MAX_LABEL || head.split(/\s+/).length > MAX_WORDS) return null;
  if (/[.!?;]\s/.test(head) || PREPOSITION.test(head)) return null;
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
  // The figures end the line, but for a full stop.
  if (!/^\.?$/.test(rest)) return null;
  // A figure without unit words is read only after a colon: "Nämnd A: 4 200".
  if (units[0] === '' && !colon) return null;
  return { src, label: [from, from + head.length], figures, shape: units.join('|') };
}

const isBlank = (src: SourceLine | undefined): boolean => src !== undefined && src.raw.trim() === '';

/** A label wrapped at a hyphen or dash: "Fagersta-", "Gullspång–". */
const WRAPPED = /^\s*\p{Lu}[\p{L} ]{1,40}[-–]$/u;

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
    if (row && (rows.length === 0 || row.shape === rows[0]!.row.shape)) {
      rows.push({ row, first: null });
      i++;
      end = i;
      continue;
    }
    if (row) break;
    const next = lines[i + 1];
    const cont = next ? unitValueLine(next) : null;
    if (WRAPPED.test(src.raw) && cont && (rows.length === 0 || cont.shape === rows[0]!.row.shape)) {
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
  return { grid: { kind: 'grid', source: 'list', caption: null, rows: gridRows, headerRows: 0 }, end };
}
