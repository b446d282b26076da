import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';

/**
 * A two-column table copied out of a PDF or a web page may lose the space between its label
 * and its figure: "Anslag (ram)897 000", "Summa1 234", "Disponeras av Myndigheten20 199 766".
 * The figure is the digit run after the label's last letter or closing parenthesis, when its
 * digit groups are those of an amount (1–3 digits, then groups of 3). A run of at least
 * MIN_ROWS such lines (single blank lines between them allowed) is a label/value table.
 *
 * A code glued to the label's first word ("ap.1Professionssatsningen", "1:6Bidrag") is set apart
 * by a space, so that the label reads as printed on the page.
 */
const MIN_ROWS = 3;
const MAX_LABEL = 120;
/** Two glued rows make a table when both print their currency after the figure. */
const MIN_PAIR = 2;
const CURRENCY_LAST = /\d (?:tkr|mnkr|mkr|kr|kronor)$/;
/**
 * Label ending in a letter or ")" directly followed by an amount, and nothing after it but its unit
 * ("Länsstyrelsen i Kalmar län (ram)12 000 tkr", as appropriation lists print every line).
 */
const GLUED = /^(.*[A-Za-zÅÄÖåäöÉéÜü)])([-−]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?(?: (?:tkr|mnkr|mkr|kr|kronor))?)\s*$/;
/** A short code set against the next word: "ap.1Professions…", "1:6Bidrag", "2.3Medel". */
const GLUED_CODE = /^((?:[a-zåäö]{1,4}\.\s?)?\d+(?:[.:]\d+)*)(?=[A-ZÅÄÖ][a-zåäö])/;

interface GluedLine {
  src: SourceLine;
  labelEnd: number;
  valueStart: number;
  valueEnd: number;
}

function gluedLine(src: SourceLine): GluedLine | null {
  const raw = src.raw.trimEnd();
  if (raw.includes('\t') || raw.length > MAX_LABEL + 20) return null;
  const m = GLUED.exec(raw);
  if (!m) return null;
  const label = m[1]!;
  // A label is words: at least three letters, and not itself a figure with a note.
  if ((label.match(/[A-Za-zÅÄÖåäö]/g) ?? []).length < 3 || label.trim().length > MAX_LABEL) return null;
  return { src, labelEnd: label.length, valueStart: label.length, valueEnd: raw.length };
}

/** Label, one space, amount: a row of a glued table that kept its space. */
const SPACED = /^(.*[A-Za-zÅÄÖåäöÉéÜü)]) ([-−]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?)\s*$/;

function spacedLine(src: SourceLine): GluedLine | null {
  const raw = src.raw.trimEnd();
  if (raw.includes('\t') || raw.length > MAX_LABEL + 20) return null;
  const m = SPACED.exec(raw);
  if (!m || (m[1]!.match(/[A-Za-zÅÄÖåäö]/g) ?? []).length < 3) return null;
  return { src, labelEnd: m[1]!.length, valueStart: m[1]!.length + 1, valueEnd: raw.length };
}

/** Spaced rows a glued row may stand between: a glued row comes within this many rows after them. */
const MAX_SPACED_RUN = 4;

/** A glued row follows from `from`, over single blank lines and a few rows that kept their space. */
function gluedAhead(lines: SourceLine[], from: number): boolean {
  let spaced = 0;
  for (let k = from; k < lines.length && spaced <= MAX_SPACED_RUN; k++) {
    if (lines[k]!.raw.trim() === '') {
      if (lines[k + 1]?.raw.trim() === '') return false;
      continue;
    }
    if (gluedLine(lines[k]!)) return true;
    if (!spacedLine(lines[k]!)) return false;
    spaced++;
  }
  return false;
}

export function isGluedRow(raw: string): boolean {
  return GLUED.test(raw.trimEnd());
}

export function detectGluedRows(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  const found: GluedLine[] = [];
  let end = start;
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i]!.raw;
    if (raw.trim() === '') {
      // One blank line between rows is allowed; two end the table.
      if (found.length === 0 || lines[i + 1] === undefined || lines[i + 1]!.raw.trim() === '') break;
      continue;
    }
    // Among glued rows, a row that kept its space ("= Totala skatteintäkter 2 022,0") is one of them,
    // and so are several in a row between glued ones, as a page that lost some spaces prints them.
    const g = gluedLine(lines[i]!) ?? (found.length > 0 && gluedAhead(lines, i + 1) ? spacedLine(lines[i]!) : null);
    if (!g) break;
    found.push(g);
    end = i + 1;
  }
  // Two lines glued alike, each figure followed by its currency, are a table as well: an appropriation and its one post
  // ("Disponeras av Myndigheten20 410 tkr" / "ap.1Anslagsposten (ram)20 410 tkr"); read as prose, "…ten20 410 tkr" was 410 tkr.
  const withCurrency = found.length === MIN_PAIR && found.every((g) => gluedLine(g.src) !== null && CURRENCY_LAST.test(g.src.raw.trimEnd()));
  if (found.length < MIN_ROWS && !withCurrency) return null;
  // Footnote marks glued to labels are single digits: a table of amounts has some figure of three digits or more.
  if (!found.some((g) => /\d{3}/.test(g.src.raw.slice(g.valueStart)))) return null;
  const rows: GridRow[] = found.map((g) => {
    const label = toGridCell(file, g.src, 0, g.labelEnd);
    const code = GLUED_CODE.exec(label.text);
    if (code) label.text = `${code[1]!} ${label.text.slice(code[1]!.length)}`;
    const value: GridCell = toGridCell(file, g.src, g.valueStart, g.valueEnd);
    // Two rows alone show less of the table's look than three: their figures are read as glued, so a sum over them warns.
    if (found.length < MIN_ROWS) value.readBy = 'glued';
    return { cells: [label, value], location: label.location };
  });
  return { grid: { kind: 'grid', source: 'glued', caption: null, rows, headerRows: 0 }, end };
}
