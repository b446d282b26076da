import type { Grid } from '../layout/types.js';
import { looksValue } from '../layout/looks-numeric.js';
import type { Slot } from '../layout/grid-matrix.js';

const MAX_HEADER_ROWS = 4;
const NOTE_TITLE = /^not(?:er)?\.?$/i;

/** Leading rows with no value in any value column are header rows, unless the format says. */
export function countHeaderRows(grid: Grid, m: Slot[][]): number {
  let n = 0;
  // A reader that knows there is no header (a list read as a table) says 0.
  if (grid.headerRows === 0) return 0;
  if (grid.headerRows !== undefined) {
    // An empty header row (web pages often put the real header in the first body row,
    // in bold) does not end the header.
    const empty = m.slice(0, grid.headerRows).every((row) => row.every((s) => s.cell.text.trim() === ''));
    if (!empty) return grid.headerRows + moreHeaderRows(m, grid.headerRows);
    n = grid.headerRows;
    const next = m[n];
    // The real header is the first body row when it is set in bold or names years ("2023", "2024").
    if (next && (allBold(next) || yearsOnly(next)) && n + 1 < m.length) return n + 1;
  }
  while (n < m.length && n < MAX_HEADER_ROWS) {
    const row = m[n]!;
    if (row.slice(1).some((s) => looksValue(s.cell.text)) && !(yearsOnly(row) && yearHeader(row))) break;
    if (n > 0 && sectionHeading(row, m[n - 1]!)) break;
    n++;
  }
  return n === m.length ? 0 : n;
}

/**
 * Body rows right under the format's header that hold only words in several cells ("Totalt |
 * Därav från", "Egna länet | Övriga Sverige") go on with the header: a header over two or
 * three rows where the format marks only the first.
 */
function moreHeaderRows(m: Slot[][], from: number): number {
  let n = 0;
  while (from + n < m.length - 1 && n < MAX_HEADER_ROWS - 1) {
    const cells = m[from + n]!.filter((s) => s.origin && s.cell.text.trim() !== '');
    // Years under the format's header with the label cell empty ("| | 2021 | 2022 |" under month names) still name columns.
    const yearRow = m[from + n]![0]!.cell.text.trim() === '' && yearsOnly(m[from + n]!);
    // Or with the label column's title beside them, under a group header over an empty corner
    // ("Verksamhet | 2022 | 2023 | 2022 | 2023" under "| | Kostnader | | Intäkter | |").
    const titledYears = m[from - 1]?.[0]?.cell.text.trim() === '' && !/\d/.test(m[from + n]![0]!.cell.text) && yearsOnly(m[from + n]!) && yearHeader(m[from + n]!);
    // Or titles of words beside the label column's title there, a year or a number among the words
    // ("Kommun | 2022, tkr | Kvartal 2 | Helår"): every value cell a title, none a figure.
    const titledRow =
      m[from - 1]?.[0]?.cell.text.trim() === '' && /\p{L}/u.test(m[from + n]![0]!.cell.text) && !/\d/.test(m[from + n]![0]!.cell.text) &&
      m[from + n]!.slice(1).every((s) => s.cell.text.trim() !== '' && !looksValue(s.cell.text) && /\p{L}/u.test(s.cell.text));
    // Titles wrapped onto a second row, the label cell empty ("| | tkr |", "| | 2023 (tkr) | per 31 dec |"): words in every cell, never a value.
    const wrapped = m[from + n]![0]!.cell.text.trim() === '' && cells.length >= 1 && cells.every((s) => !looksValue(s.cell.text) && /\p{L}/u.test(s.cell.text));
    // Or the header's first title said again over years or words, a group header above
    // ("Konto | Post | 2014 | 2015" under "Konto | | Budget |"): the format marked the group row only.
    const first = (r: Slot[] | undefined): string => r?.[0]?.cell.text.trim().toLowerCase() ?? '';
    // Or over titles of words, as a two-row header comes out of a converter that keeps only the
    // first row as the format's header ("Länskod | | Plan | | Medel" over "Länskod | Region | Kvartal 1 | …").
    // The names' column may be left untitled there, beside a code column ("Konto |  | Kvartal 1 | …").
    const titlesOnly = (row: Slot[]): boolean => {
      const filled = row.slice(1).filter((s) => s.cell.text.trim() !== '');
      return filled.length >= 2 && filled.every((s) => !looksValue(s.cell.text) && /\p{L}/u.test(s.cell.text));
    };
    const retitled = first(m[from + n]) !== '' && first(m[from + n]) === first(m[from - 1]) && !/\d/.test(first(m[from + n])) && (yearsOnly(m[from + n]!) || titlesOnly(m[from + n]!));
    if (!wrapped && !titledRow && !retitled && (cells.length < 2 || (!yearRow && !titledYears && cells.some((s) => looksValue(s.cell.text) || /\d/.test(s.cell.text))))) break;
    // A row of words under which no row has values is a table of words, not a header.
    if (!m.slice(from + n + 1).some((row) => row.some((s) => looksValue(s.cell.text) && /\d/.test(s.cell.text)))) break;
    n++;
  }
  return n;
}

/**
 * Under a header that names its value columns, a row with words in the label cell alone opens
 * the body's first section ("Barn och utbildning", "Intäkter"): a header row names columns.
 */
function sectionHeading(row: Slot[], above: Slot[]): boolean {
  const filled = (r: Slot[]) => r.filter((s) => s.origin && s.cell.text.trim() !== '');
  const cells = filled(row);
  return cells.length === 1 && cells[0] === row[0] && filled(above.slice(1)).length >= 2;
}

function allBold(row: Slot[]): boolean {
  const cells = row.filter((s) => s.cell.text.trim() !== '');
  return cells.length > 0 && cells.every((s) => s.cell.bold);
}

/** A row whose only numbers are years: a header over columns per year. */
function yearsOnly(row: Slot[]): boolean {
  // A note column's title ("Not") stands among the years of a statement's header.
  const values = row.slice(1).map((s) => s.cell.text.replace(/[*_]/g, '').trim()).filter((t) => t !== '' && !NOTE_TITLE.test(t));
  // Titles of words may stand beside the years ("Län | Kod | 2019 | 2020"): a header's cells, not a row's values.
  const year = (t: string): boolean => /^(?:19|20)\d{2}$/.test(t);
  return values.some(year) && values.every((t) => year(t) || !/\d/.test(t));
}

/** Years over columns: two or more different years, or one under a first cell that names the table's rows or unit. */
function yearHeader(row: Slot[]): boolean {
  const years = new Set(row.slice(1).map((s) => s.cell.text.trim()).filter((t) => t !== '' && !NOTE_TITLE.test(t)));
  return years.size >= 2 || /(?<![\p{L}\d_])(?:belopp|region|län|post|år|kronor|tkr|mnkr)(?![\p{L}\d_])/iu.test(row[0]?.cell.text ?? '');
}

/**
 * Leading rows that carry a caption instead of a header: one cell with text over the table
 * ("Tabell 3. Medel per region, tkr" in the first row), the rest of the row empty or spanned.
 */
export function countCaptionRows(m: Slot[][]): number {
  let n = 0;
  while (n < m.length - 2) {
    const row = m[n]!;
    const origins = row.filter((s) => s.origin && s.cell.text.trim() !== '');
    if (origins.length !== 1 || row.length < 2) break;
    const text = origins[0]!.cell.text.trim();
    if (row[0]!.cell !== origins[0]!.cell || looksValue(text) || text.length < 8) break;
    n++;
  }
  return n;
}

/**
 * Header path of every column, top row first. An empty upper cell takes the text of the cell
 * to its left when the row below has a header there: tab-separated text loses colspans
 * ("BUP\t\t\t" over three sub-headers in seed 000), and this puts them back. A title over
 * titles ("Regionalt stöd" over "2023" and "2024") spreads over the columns of those under it.
 */
export function headerPaths(m: Slot[][], headerRows: number): string[][] {
  const width = m[0]?.length ?? 0;
  const text: string[][] = [];
  for (let r = 0; r < headerRows; r++) {
    const row: string[] = [];
    for (let c = 0; c < width; c++) row.push(clean(m[r]![c]!.cell.text));
    text.push(row);
  }
  // From the lowest title row up, so that a title over titles spreads as far as those below it do.
  for (let r = headerRows - 2; r >= 0; r--) {
    for (let c = 2; c < width; c++) {
      // A colspan the format gave (HTML) ends where it says: the empty cell after it is empty.
      if (m[r]![c - 1]!.cell.colspan > 1) continue;
      if (wrappedTitleEnds(text[r + 1]![c - 1]!, text[r + 1]![c]!)) continue;
      if (text[r]![c] === '' && text[r + 1]![c] !== '' && text[r]![c - 1] !== '' && text[r + 1]![c - 1] !== '') {
        text[r]![c] = text[r]![c - 1]!;
      }
    }
  }
  const paths: string[][] = [];
  for (let c = 0; c < width; c++) {
    const path: string[] = [];
    for (let r = 0; r < headerRows; r++) {
      const t = text[r]![c]!;
      if (t !== '' && path[path.length - 1] !== t) path.push(t);
    }
    paths.push(joinWordParts(path));
  }
  return paths;
}

/**
 * A title under which the next line goes on in small letters ("Totalt antal bostäder" over "som
 * fått startbesked") is one title wrapped over two lines, not a group over the columns to its
 * right, unless the titles there go on in small letters too ("Beviljat" over "antal" and
 * "belopp" are a group's titles).
 */
function wrappedTitleEnds(below: string, belowNext: string): boolean {
  const goesOn = (s: string): boolean => /^\p{Ll}/u.test(s);
  return goesOn(below) && !goesOn(belowNext);
}

function clean(s: string): string {
  return joinBrokenWords(s.replace(/\s+/g, ' ').trim());
}

/**
 * A title wrapped inside a word prints the word's first part with a hyphen at the line's end
 * ("Bidrags-" / "belopp"); with the lines joined by a space the word is whole again without
 * them. A part that the next word shares ("Stats- och kommunbidrag", "Drift- resp.
 * investeringsmedel") keeps its hyphen.
 */
const BROKEN_WORD = /(\p{L})- (?!(?:och|eller|samt|resp|respektive|till|men|som|el|o)\b)(\p{Ll})/gu;
/** A title wrapped inside a word over two header rows ("Bidrags-" over "belopp (kr)") is one title, not a group and its column. */
function joinWordParts(path: string[]): string[] {
  if (!path.some((p) => p.endsWith('-'))) return path;
  const out: string[] = [];
  for (const p of path) {
    const last = out[out.length - 1];
    if (last !== undefined && /\p{L}-$/u.test(last) && /^\p{Ll}/u.test(p) && !/^(?:och|eller|samt|resp|respektive|till)\b/.test(p)) out[out.length - 1] = last.slice(0, -1) + p;
    else out.push(p);
  }
  return out;
}

/**
 * A layout that joined the lines without a space keeps the hyphen between two small-letter word
 * parts ("Investerings-utgifter"), which Swedish does not write; a part in capitals or digits
 * ("EU-medel", "e-tjänster", "covid-19") is a compound of its own and stays, as does a span of months ("januari-juni").
 */
const GLUED_BREAK = /(\p{Ll}{4})-(?!(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec))(\p{Ll}{3})/gu;
export const joinBrokenWords = (s: string): string => (s.includes('-') ? s.replace(BROKEN_WORD, '$1$2').replace(GLUED_BREAK, '$1$2') : s);
