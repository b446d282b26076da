import type { Block, TextLine } from './types.js';
import { isPhoneLine } from './phone-line.js';
import { gluedDotFigures } from './glued-dot-figures.js';
import { gluedYearColumns, isGluedRow } from './glued-sums.js';

/**
 * Which lines left as prose are rows of figures, and where runs of them stand. A run of lines a
 * person sees as a table ("Region Dalarna 55 35 24 90", ten such lines, a "Summa" line) that no
 * table or list detector read is either read by the last reader (figure-rows-table.ts) or
 * reported (src/document/unread-rows.ts); both take runs from here, so they never disagree about
 * what a row is. Only lines left as prose are looked at: lines in a grid (a table, a list, a year
 * series read) or a list item break a run.
 */

/** A run shorter than this is a few figures in a row, not a table. */
const MIN_ROWS = 3;
/**
 * Two rows alone make a run only when each is a label then two figures or more, none of them a
 * year ("Skatteintäkter 4 912 4 738" under a year header): a line of prose seldom ends so, and a
 * header of years or a line of dates is no row of figures.
 */
const MIN_LABELLED_ROWS = 2;
/** A figure that may be a year: a header of years ("Belopp 2019 2020") is no row of figures. */
export const YEAR = /^(?:19|20)\d{2}$/u;
/** A row of a table printed as text is at most this long (fifteen columns of figures after a long label); a longer line is a paragraph. */
const MAX_LINE = 500;
/** A row label has at most this many words; more is a sentence that ends in figures. */
const MAX_LABEL_WORDS = 8;
/** Before four figures or more a label may be longer ("Insatser till och kostnader för samverkan inom området …"): prose seldom ends in so many. */
const MAX_LABEL_WORDS_MANY = 14;
/** A line between rows that holds no figures (a section title, a header) may stand in a run up to this length. */
const MAX_TITLE = 60;
/** Lines that make no row (a title, a row with a long label) may stand between two rows of a run, up to this many in a row. */
const MAX_GAP = 2;

/** One cell's figure: digits, a decimal part, a sign, a percent or footnote mark ("12", "−4,5", "72 065²"'s "065²", "3%"). */
export const FIGURE = /^[-−–+]?\d+(?:[,.]\d+)?%?[*¹²³⁴⁵⁶⁷⁸⁹]{0,2}$/u;
/** What a table prints where it has no figure: dashes, dots, a footnote mark, a small count hidden ("<5"). */
export const BLANK = /^(?:[-−–—]|\.{2,3}|…|[*¹²³⁴⁵⁶⁷⁸⁹]{1,2}|<\d{1,2}|x)$/u;
/** Three digits and nothing else: the next group of a figure written with a thousands space. */
const GROUP = /^\d{3}(?:[,.]\d+)?%?[*¹²³⁴⁵⁶⁷⁸⁹]{0,2}$/u;
/** A digit run that opens with a zero and goes on. */
const LEADING_ZERO = /^0\d/u;
/** The label closes a sentence or a clause ("… betalas ut.", "Beloppen är:"). */
const SENTENCE_END = /[.:;!?]$/u;

/**
 * How many figures the tail of the line holds, read so that a thousands space joins groups
 * ("75 294 59 542" is two figures, "84 300 000" one). Joining as far as the groups allow gives
 * the fewest figures the tail can hold, so a count here is never more than a reader would see.
 */
function countFigures(tail: readonly string[]): { figures: number; cells: number } {
  let figures = 0;
  let cells = 0;
  let open = false;
  let groups = 0;
  for (const tok of tail) {
    // A bar closes the figure before it: "1 | 200" is two cells.
    if (tok === '|') {
      open = false;
      continue;
    }
    if (BLANK.test(tok)) {
      cells++;
      open = false;
      continue;
    }
    // A group joins the figure before it when that figure is an integer so far; after four
    // groups a new figure starts, unless the group opens with a zero, as no figure does.
    if (open && GROUP.test(tok) && (groups < 4 || tok.startsWith('0'))) {
      groups++;
      open = !/[,.%*¹²³⁴⁵⁶⁷⁸⁹]/u.test(tok);
      continue;
    }
    // A figure that opens with a zero and goes on is a code or a telephone number's part ("08", "00").
    if (LEADING_ZERO.test(tok) && !/^0[,.]/u.test(tok)) return { figures: 0, cells: 0 };
    figures++;
    cells++;
    groups = 0;
    open = /^[-−–+]?\d{1,3}$/u.test(tok);
  }
  return { figures, cells };
}

export type LineKind = 'row' | 'labelled' | 'maybe' | 'weak' | 'title' | 'other';

/** A line that reads as a row of a table: a short label (or none), then figures to its end. */
export function kindOf(text: string): LineKind {
  const s = text.trim();
  if (s.length === 0 || s.length > MAX_LINE) return 'other';
  // Most prose lines hold no digit: settled without splitting the line.
  if (!/\d/u.test(s)) return s.length <= MAX_TITLE && !SENTENCE_END.test(s) ? 'title' : 'other';
  // Two dotted figures run together ("6.3486.914") are two cells of the row (glued-dot-figures.ts).
  const toks = s.split(/\s+/u).flatMap(gluedDotFigures);
  let k = toks.length;
  // A bar between cells ("Uppsala | 1 200 | 1 300 |") stands in the tail but holds no cell.
  while (k > 0 && (FIGURE.test(toks[k - 1]!) || BLANK.test(toks[k - 1]!) || toks[k - 1] === '|')) k--;
  const tail = toks.slice(k);
  const label = toks.slice(0, k).filter((tok) => tok !== '|');
  if (tail.length === 0) return 'other';
  if (label.length > 0 && SENTENCE_END.test(label[label.length - 1]!)) return 'other';
  if (isPhoneLine(s)) return 'other';
  // "2004 – 2006", "12 - 15": a range, not two cells with a blank between.
  if (tail.length === 3 && /^[-−–—]$/u.test(tail[1]!)) return 'other';
  const { figures, cells } = countFigures(tail);
  if (figures === 0) return 'other';
  // A long label before figures: a row with a long name or the end of a sentence; it may stand
  // between rows but never makes a run.
  if (label.length > MAX_LABEL_WORDS_MANY || (label.length > MAX_LABEL_WORDS && figures < 4)) return 'weak';
  const needed = label.length > 0 ? 2 : 3;
  if (cells >= needed && figures >= 2) {
    const labelled = label.length > 0 && figures === cells && !tail.some((tok) => YEAR.test(tok));
    return labelled ? 'labelled' : 'row';
  }
  // "Kalmar län <5 777 261 731": cells set apart by single spaces can join into one figure, so
  // the line may be a row; it stands in a run of rows but does not make one.
  const digitRuns = tail.filter((tok) => FIGURE.test(tok)).length;
  if (digitRuns + (cells - figures) < needed) return 'other';
  return label.length <= MAX_LABEL_WORDS ? 'maybe' : 'weak';
}

export interface RunLine {
  line: TextLine;
  kind: LineKind;
  /** Where the line stands: the block's index in the list and the line's in the block. */
  block: number;
  index: number;
  /** Under a header of years set against each other, its figures cut so. */
  glued: boolean;
}

export interface FigureRun {
  /** The lines counted as the run's (rows, and long-label rows between them), as a person sees them: one per source line. */
  lines: TextLine[];
  /** Every line from the first row to the last, titles between rows included. */
  span: RunLine[];
  /** Lines that are rows whichever way their digit groups are read. */
  rows: number;
  /** Of those, rows with a label and two figures or more, no blank cell and no year. */
  labelled: number;
  /** Source lines of the rows counted. */
  rowLines: Set<number>;
}

/** Whether a run is long enough to be a table: three rows, or two labelled rows and nothing else. */
export function isTableRun(run: FigureRun): boolean {
  const twoLabelled = run.rows === MIN_LABELLED_ROWS && run.labelled === run.rows && run.lines.length === run.rows;
  return run.rows >= MIN_ROWS || twoLabelled || isYearHeadedRun(run);
}

/** Rows a header of years makes a table of without more rows ("Kommun 2023 2024" over one row or two). */
const MAX_HEADED_ROWS = 2;
/** Words before a header's years: the label column's title ("Kommun", "Belopp i tkr"), no sentence. */
const MAX_HEADER_LABEL_WORDS = 4;

/**
 * The years of a header line ("Kommun 2023 2024", "Län 2024 2023 2022"): a few words, then two
 * years or more, each the one before plus (or each minus) one; 0 when the line is no such header.
 */
export function headerYears(text: string): number {
  const toks = text.trim().split(/\s+/u);
  let k = toks.length;
  while (k > 0 && YEAR.test(toks[k - 1]!)) k--;
  const years = toks.slice(k).map(Number);
  if (years.length < 2 || k > MAX_HEADER_LABEL_WORDS || toks.slice(0, k).some((w) => /\d|[.:;!?]$/u.test(w))) return 0;
  const step = years[1]! - years[0]!;
  return Math.abs(step) === 1 && years.every((y, i) => i === 0 || y - years[i - 1]! === step) ? years.length : 0;
}

/**
 * A small table under a header of years: the header, then one row or two, each a label and
 * figures, and nothing else in the run. The years count the columns, so a row that cuts into a
 * figure a year is a row (figure-rows-table.ts reads it so), and one that cannot be read so is
 * said (unread-rows.ts): two lines of figures under years are no prose.
 */
function isYearHeadedRun(run: FigureRun): boolean {
  const [head, ...rows] = run.span;
  if (!head || headerYears(head.line.text) === 0 || rows.length === 0 || rows.length > MAX_HEADED_ROWS) return false;
  // Rows of years or dates under years ("Uppföljning 2021 2022") are no figures the years count.
  return rows.every((r) => (r.kind === 'labelled' || r.kind === 'row' || r.kind === 'maybe') && /^\p{L}/u.test(r.line.text.trim()) && !r.line.text.trim().split(/\s+/u).some((w) => YEAR.test(w)));
}

/** The runs of rows of figures in what is left as prose, each a table's worth or not (isTableRun says). */
export function figureRowRuns(blocks: readonly Block[]): FigureRun[] {
  const out: FigureRun[] = [];
  const empty = (): FigureRun => ({ lines: [], span: [], rows: 0, labelled: 0, rowLines: new Set() });
  let run = empty();
  // Lines since the last row that may yet stand between rows: titles are not counted among the
  // run's lines, rows with a long label are once a row follows them.
  let gap: { at: RunLine; counts: boolean }[] = [];
  // Columns of a header of years set against each other ("201620152014") over the lines that follow.
  let gluedWidth: number | null = null;
  const close = (): void => {
    if (run.span.length > 0) out.push(run);
    run = empty();
    gap = [];
  };
  blocks.forEach((block, b) => {
    if (block.kind !== 'text' || block.role === 'list-item') {
      close();
      gluedWidth = null;
      return;
    }
    block.lines.forEach((line, index) => {
      // Under such a header a row's figures stand against each other ("Hyror1 3391 2551 204"): it is
      // a labelled row when its run cuts into as many figures as the header has years.
      const glued: boolean = gluedWidth !== null && isGluedRow(line.text, gluedWidth);
      gluedWidth = gluedYearColumns(line.text.trim()) ?? (glued ? gluedWidth : null);
      const found = glued ? 'labelled' : kindOf(line.text);
      const kind = found === 'labelled' ? 'row' : found;
      const at: RunLine = { line, kind: found, block: b, index, glued };
      if (kind === 'row' || kind === 'maybe') {
        // A source line the reader cut in parts (a page pasted on one line) is one line: a run
        // is made of lines a person sees, and a flattened line is no table's rows.
        const src = line.location.line;
        for (const g of gap) {
          if (g.counts) run.lines.push(g.at.line);
          run.span.push(g.at);
        }
        gap = [];
        run.span.push(at);
        if (src === undefined || run.lines.at(-1)?.location.line !== src) run.lines.push(line);
        if (kind === 'row' && (src === undefined || !run.rowLines.has(src))) {
          run.rows++;
          if (found === 'labelled') run.labelled++;
          if (src !== undefined) run.rowLines.add(src);
        }
      } else if ((kind === 'title' || kind === 'weak') && run.lines.length > 0 && gap.length < MAX_GAP) {
        // A section title ("Investeringar") or a row with a long label between rows stays in the run.
        gap.push({ at, counts: kind === 'weak' });
      } else {
        close();
      }
    });
  });
  close();
  return out;
}
