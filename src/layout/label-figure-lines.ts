import { BLANK, FIGURE, YEAR } from './figure-rows.js';
import { gapTokens, HARD_GAP, type Tok } from './gap-tokens.js';
import { figureCuts } from './figure-cuts.js';
import { headingLinesAbove } from './heading-above-label.js';
import { goesOn } from './wrapped-label.js';
import { isNoteRefOnly } from './note-word.js';
import { detectCellPerLineGrid } from './cell-per-line-grid.js';
import { toGridCell, toTextLine, type SourceLine } from './source-line.js';
import { t } from '../messages/index.js';
import type { Block, Grid, GridCell, GridRow, TextLine } from './types.js';

/**
 * Rows whose label stands on a line of its own and whose figures stand on the lines after it, as
 * text copied out of a PDF or a web table often leaves them, maybe with the row's note reference
 * on a line between:
 *
 *   Verksamhetens intäkter          ← a label line
 *   Not 2                           ← a note line (kept in a note column)
 *   1 234,5    1 180,2              ← its figures, on one line …
 *   Verksamhetens kostnader
 *   -3 456,7                        ← … or one figure a line
 *   -3 300,1
 *
 * A record is one to three label lines (a section's heading over a label, or a label wrapped:
 * heading-above-label.ts and wrapped-label.ts decide which), up to two note lines, then figure
 * lines: one line holding every figure of the row, or one line per figure. The run is read only
 * when every record has the same count of figures (or a line of years right above the first label
 * gives it), it opens with a label and closes with figures, and it holds two records at least
 * (three when each has one figure): a label then always owns the figures under it, never those
 * above. It ends at a blank line or at a line that is none of these (prose, a bullet, a sentence).
 * Among records of one figure, a row printed with its figure beside its label ("Forum Syd 190",
 * inlineRow) is a record too, when the run also has rows with the figure below the label.
 *
 * A figure's cut is printed when cells stand on lines of their own or a tab or a wide gap sets
 * them apart. Figures set apart by single spaces are cut by their digit groups (spaced-columns.ts),
 * which may allow another cut: such cells are marked read by digit groups (`readBy: 'spaced'`),
 * so a sum over them only warns, as figure-rows-table.ts does for rows on one line. A record whose
 * figures no cut fits to the run's count ends the run there; the lines after it are left to the
 * other readers and, if no one reads them, to the report of rows no reader took.
 */

/** Records a run needs: two, or three when each gives one figure (one label and one amount a line is a list's shape too). */
const MIN_RECORDS = 2;
const MIN_SINGLE_RECORDS = 3;
/** Label lines of one record: a section's heading, then a label wrapped over two lines at most. */
const MAX_LABEL_LINES = 3;
const MAX_NOTE_LINES = 2;
/** A row has at most this many figures; more is no row of a table printed as text. */
const MAX_FIGURES = 12;
const MAX_LABEL = 90;
const MAX_LABEL_WORDS = 12;
/** Readings of one line looked at; past this its cut is too open to say. */
const SPLIT_LIMIT = 64;

type Kind = 'label' | 'note' | 'figures' | 'other';

const tokensOf = (raw: string): Tok[] => gapTokens(raw);

function isFigureLine(raw: string): boolean {
  const toks = raw.trim().split(/\s+/u);
  if (toks.length === 0 || toks[0] === '' || toks.length > MAX_FIGURES * 4) return false;
  if (!toks.every((x) => FIGURE.test(x) || BLANK.test(x))) return false;
  // A figure at least; a lone mark or dash is no line of figures, nor a line of years (a header's, or a date's).
  return toks.some((x) => FIGURE.test(x)) && !toks.every((x) => YEAR.test(x) || BLANK.test(x));
}

/** A label: words, short, not a sentence, not ending in a figure; no tab or bar (another reader's cells). */
function isLabelLine(raw: string): boolean {
  const s = raw.trim();
  if (s === '' || s.length > MAX_LABEL || !/\p{L}/u.test(s) || /[.:;!?]$/u.test(s) || /[\t|]/u.test(s)) return false;
  if (/\d$/u.test(s) || s.split(/\s+/u).length > MAX_LABEL_WORDS) return false;
  // A bullet or a numbered item is a list's.
  return !/^(?:[-*•–—]\s|\d{1,2}[.)]\s)/u.test(s);
}

function kindOf(raw: string): Kind {
  if (raw.trim() === '') return 'other';
  if (isFigureLine(raw)) return 'figures';
  if (isNoteRefOnly(tokensOf(raw.trim()))) return 'note';
  return isLabelLine(raw) ? 'label' : 'other';
}

/** One figure by its digit groups ("1 234 567", "–4,5", "–"): a line of one cell. */
const ONE_FIGURE = /^(?:[-−–+]\s?)?\d{1,3}(?: \d{3})*(?:[,.]\d+)?%?$|^\d+(?:[,.]\d+)?%?$|^[-−–—]$/u;

interface Cut {
  /** The cells as token bounds in the line. */
  cells: [number, number][];
  /** The cut rests on digit groups and another was possible, or on single spaces. */
  spaced: boolean[];
}

/** The ways a line of figures cuts into k cells, no figure going on over a wide gap. */
const cutsOf = (toks: readonly Tok[], k: number): [number, number][][] => figureCuts(toks, k, SPLIT_LIMIT).map((c) => c.cells);

/** The figure line cut into k cells, or null. A cell is printed apart only with a wide gap (or the line's edge) on each side, and only when the cut is the one possible. */
function cutLine(raw: string, k: number): Cut | null {
  const toks = tokensOf(raw);
  const cuts = cutsOf(toks, k);
  if (cuts.length === 0) return null;
  // Several cuts: the one that keeps the most figures whole at wide gaps is as good as any; the cells are in doubt.
  const cells = cuts[0]!;
  const apart = ([a, b]: [number, number]): boolean => (a === 0 || toks[a]!.hard) && (b === toks.length || toks[b]!.hard);
  return { cells, spaced: cells.map((c) => cuts.length > 1 || !apart(c)) };
}

/**
 * The cells a line sets apart by tabs or wide gaps, when each holds one figure by its digit groups
 * ("1 234,5    1 180,2" is two), else null: where every line of the run is printed so, alike in
 * count, the columns are printed and no digit-group reading is needed.
 */
function printedCount(raw: string): number | null {
  const segs = raw.trim().split(HARD_GAP).map((x) => x.trim()).filter((x) => x !== '');
  return segs.length > 0 && segs.every((x) => ONE_FIGURE.test(x) || BLANK.test(x)) ? segs.length : null;
}

/** The counts of cells a line of figures can be cut into. */
function countsOf(raw: string): number[] {
  const toks = tokensOf(raw);
  const out: number[] = [];
  for (let k = 1; k <= Math.min(MAX_FIGURES, toks.length); k++) if (cutsOf(toks, k).length > 0) out.push(k);
  return out;
}

interface Rec {
  labels: number[];
  notes: number[];
  figures: number[];
  /** The row's label and its one figure on one line (inlineRow): where the label ends and the figure starts. */
  inline?: { labelEnd: number; figureFrom: number; spaced: boolean };
}

/**
 * "Forum Syd 190", "Afrikagrupperna   40", "RFSU*  35*": a label and one figure on one line, in a
 * run whose other rows put the figure on the line below the label (a web table copied so that a
 * short name kept its figure beside it). The label ends in a letter, a bracket or a note mark; the
 * figure is one, read by its digit groups, and not a year. Parted by one space only, where the
 * figure starts is a reading (`spaced`: "Lf 91 200" may be "Lf 91" and 200), as the cell-per-line
 * reader marks a figure split off its label (label-trailing-figure.ts).
 */
/** Note marks closing a figure ("35*"): the figure is still one. */
const NOTE_MARKS = /[*¹²³]{1,2}$/u;
const INLINE_ROW = /^(.*[\p{L})*])([ \u00a0]+)((?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?[*¹²³]{0,2})$/u;
function inlineRow(raw: string): Rec['inline'] | null {
  const m = INLINE_ROW.exec(raw.trimEnd());
  if (!m || !isLabelLine(m[1]!) || YEAR.test(m[3]!)) return null;
  const labelEnd = m[1]!.length;
  return { labelEnd, figureFrom: labelEnd + m[2]!.length, spaced: !HARD_GAP.test(m[2]!) };
}

/** The records from `start`: label lines, note lines, figure lines, until a line that is none or a record left without figures. */
/** Rows with the figure beside the label read before one with it below must come, in a mixed run. */
const MAX_LEADING_INLINE = 8;

function recordsFrom(lines: readonly SourceLine[], start: number, inline = false): Rec[] {
  const recs: Rec[] = [];
  let i = start;
  for (;;) {
    const rec: Rec = { labels: [], notes: [], figures: [] };
    let j = i;
    // A figure with a note mark ("RFSL*  12*") does not end in a digit: such a line is a label's kind too.
    const row = inline && i < lines.length && kindOf(lines[i]!.raw) !== 'figures' ? inlineRow(lines[i]!.raw) : null;
    if (row) {
      // Rows all with their figure beside the label are other readers' shape: past a few such rows
      // with none below its label, the run is no mixed one (and reading on from every line would
      // make a long text cost the square of its length).
      if (recs.length >= MAX_LEADING_INLINE && recs.every((r) => r.inline)) return recs;
      recs.push({ labels: [i], notes: [], figures: [i], inline: row });
      i++;
      continue;
    }
    while (j < lines.length && rec.labels.length < MAX_LABEL_LINES && kindOf(lines[j]!.raw) === 'label') rec.labels.push(j++);
    while (j < lines.length && rec.notes.length < MAX_NOTE_LINES && kindOf(lines[j]!.raw) === 'note') rec.notes.push(j++);
    while (j < lines.length && rec.figures.length < MAX_FIGURES && kindOf(lines[j]!.raw) === 'figures') rec.figures.push(j++);
    if (rec.labels.length === 0 || rec.figures.length === 0) break;
    // Several figure lines are one figure each; a line of several among them is another shape.
    if (rec.figures.length > 1 && !rec.figures.every((f) => ONE_FIGURE.test(lines[f]!.raw.trim()))) break;
    recs.push(rec);
    i = j;
  }
  return recs;
}

/** A line of years right above the first label ("Belopp i tkr   2023   2022", "Not 2019 2018"): the header, its years the columns. */
function headerAt(lines: readonly SourceLine[], at: number): { line: SourceLine; years: Tok[]; title: Tok[] } | null {
  const line = lines[at];
  if (!line) return null;
  const toks = tokensOf(line.raw);
  let k = toks.length;
  while (k > 0 && YEAR.test(toks[k - 1]!.text)) k--;
  const years = toks.slice(k);
  const title = toks.slice(0, k);
  if (years.length < 1 || title.some((x) => /\d/u.test(x.text)) || title.length > 6) return null;
  return { line, years, title };
}

export interface LabelFigureRead {
  grid: Grid;
  end: number;
}

export function detectLabelFigureLines(file: string, lines: SourceLine[], start: number): LabelFigureRead | null {
  const first = lines[start];
  if (!first) return null;
  // The run opens with a label, or with a line of years right above its first label.
  const opensInline = kindOf(first.raw) !== 'figures' && inlineRow(first.raw) !== null;
  const header = kindOf(first.raw) === 'label' || opensInline ? null : headerAt(lines, start);
  const at = header ? start + 1 : start;
  if (kindOf(lines[at]?.raw ?? '') !== 'label' && !opensInline) return null;
  const plain = opensInline ? [] : recordsFrom(lines, at);
  // Rows with the figure beside the label among rows with it below: one run, when it reads further.
  // Each row then holds one figure, as a list does; rows all on one line are other readers' shape.
  const mixed = recordsFrom(lines, at, true);
  const isMixed = mixed.length > plain.length && mixed.some((r) => r.inline) && mixed.some((r) => !r.inline) && mixed.every((r) => r.inline || (r.figures.length === 1 && ONE_FIGURE.test(lines[r.figures[0]!]!.raw.trim().replace(NOTE_MARKS, ''))));
  const recs = isMixed ? mixed : plain;
  if (recs.length < (isMixed ? MIN_SINGLE_RECORDS : MIN_RECORDS)) return null;
  // Lines of words over the first label are a caption, a header or a heading, the other readers' to
  // read (a header one cell a line: "Region" / "Belopp (kr)"): the run opens with the first row's own
  // label, or a label wrapped, each line going on from the one above.
  const firstLabels = recs[0]!.labels.map((l) => lines[l]!.raw.trim());
  if (!firstLabels.slice(1).every((x, n) => goesOn(firstLabels[n]!, x))) return null;
  // Each record's possible counts: lines of their own give theirs; one line, the cuts its digit groups allow.
  const allPossible = recs.map((r) => (r.inline ? [1] : r.figures.length > 1 ? [r.figures.length] : countsOf(lines[r.figures[0]!]!.raw)));
  // The run goes on while some count fits every record so far: a record that fits none ends it.
  let agreed = allPossible[0]!;
  let kept = 1;
  for (; kept < recs.length; kept++) {
    const next = allPossible[kept]!;
    if (!agreed.some((c) => next.includes(c))) break;
    agreed = agreed.filter((c) => next.includes(c));
  }
  recs.length = kept;
  const possible = allPossible.slice(0, kept);
  if (recs.length < MIN_RECORDS) return null;
  const fits = (k: number): number => possible.filter((p) => p.includes(k)).length;
  let k: number | null = null;
  if (header && fits(header.years.length) === recs.length) k = header.years.length;
  // A line of years over rows it does not fit is not their header: the run is another shape.
  if (header && k === null) return null;
  if (k === null) {
    const common = possible.reduce((acc, p) => acc.filter((c) => p.includes(c)));
    if (common.length === 0) return null;
    // The fewest cells all agree on: digit groups joined as far as they go, as a reader sees them.
    k = common[0]!;
  }
  // Columns printed apart on every line, alike in count, fix the count as a header does.
  const printed = recs.map((r) => (r.inline ? 1 : r.figures.length > 1 ? r.figures.length : printedCount(lines[r.figures[0]!]!.raw)));
  const printedK = printed.every((p) => p !== null && p === printed[0]) ? printed[0]! : null;
  if (header === null && printedK !== null && fits(printedK) === recs.length) k = printedK;
  // Did the rows alone fix the count, or could another count read every record too?
  const countInDoubt = header === null && printedK !== k && possible.reduce((acc, p) => acc.filter((c) => p.includes(c))).length > 1;
  if (k === 1 && recs.length < MIN_SINGLE_RECORDS) return null;
  if (k === 1) {
    // One figure a label is the cell-per-line reader's shape first (cell-per-line-grid.ts reads its
    // header and joins its parts across a page break); and words right over the first label are a
    // header one cell a line or a caption it declined ("Kommun" / "Antal" / "Ale" / "12"): the
    // column is then not known, and the lines stay as they are.
    const above = lines[start - 1];
    if (above && kindOf(above.raw) === 'label') return null;
    if (detectCellPerLineGrid(file, lines, start) !== null) return null;
  }
  // Every figure a year: a list of dates or years under words, no table.
  const allYears = recs.every((r) => r.figures.every((f) => lines[f]!.raw.trim().split(/\s+/u).every((x) => YEAR.test(x))));
  if (allYears) return null;
  const hasNotes = recs.some((r) => r.notes.length > 0);
  const rows: GridRow[] = [];
  if (header) {
    const h = header.line;
    const titleCell = header.title.length > 0 ? toGridCell(file, h, header.title[0]!.from, header.title[header.title.length - 1]!.to) : { ...toGridCell(file, h, 0, 0), text: '' };
    const cells = [titleCell, ...(hasNotes ? [{ ...toGridCell(file, h, 0, 0), text: '' }] : []), ...header.years.map((y) => toGridCell(file, h, y.from, y.to))];
    rows.push({ cells: cells.map((c) => ({ ...c, header: true })), location: toTextLine(file, h).location });
  }
  const problems = [];
  let end = start;
  for (const r of recs) {
    const labelTexts = r.labels.map((l) => lines[l]!.raw.trim());
    // Lines of words over the figures: a section's heading first, else one label wrapped.
    const headings = r.labels.length > 1 && !labelTexts.slice(1).every((x, n) => goesOn(labelTexts[n]!, x)) ? headingLinesAbove(labelTexts) : 0;
    for (const hIdx of r.labels.slice(0, headings)) {
      const src = lines[hIdx]!;
      const label = toGridCell(file, src, 0, src.raw.length);
      const empty = { ...toGridCell(file, src, src.raw.length, src.raw.length), text: '' };
      rows.push({ cells: [label, ...Array.from({ length: k + (hasNotes ? 1 : 0) }, () => ({ ...empty }))], location: label.location });
    }
    const own = r.labels.slice(headings);
    const labelSrc = lines[own[0]!]!;
    const labelCell = toGridCell(file, labelSrc, 0, r.inline ? r.inline.labelEnd : labelSrc.raw.length);
    if (own.length > 1) labelCell.text = own.map((l) => lines[l]!.raw.trim()).join(' ');
    const noteCells: GridCell[] = hasNotes ? [r.notes.length > 0 ? toGridCell(file, lines[r.notes[0]!]!, 0, lines[r.notes[0]!]!.raw.length) : { ...toGridCell(file, labelSrc, labelSrc.raw.length, labelSrc.raw.length), text: '' }] : [];
    if (r.notes.length > 1) noteCells[0]!.text = r.notes.map((n) => lines[n]!.raw.trim()).join(' ');
    let values: GridCell[];
    if (r.inline) {
      const cell = toGridCell(file, labelSrc, r.inline.figureFrom, labelSrc.raw.trimEnd().length);
      values = [r.inline.spaced ? { ...cell, readBy: 'spaced' as const } : cell];
    } else if (r.figures.length > 1) {
      values = r.figures.map((f) => toGridCell(file, lines[f]!, 0, lines[f]!.raw.length));
    } else {
      const src = lines[r.figures[0]!]!;
      const cut = cutLine(src.raw, k);
      if (!cut) {
        // No cut gives the run's count: the run ends before this record, which is said.
        problems.push({ message: t('reading.figureRowUnfit', { line: src.raw.trim(), count: k }), location: toTextLine(file, src).location });
        break;
      }
      const toks = tokensOf(src.raw);
      values = cut.cells.map(([a, b], n) => {
        const cell = toGridCell(file, src, toks[a]!.from, toks[b - 1]!.to);
        return cut.spaced[n] || countInDoubt ? { ...cell, readBy: 'spaced' as const } : cell;
      });
    }
    rows.push({ cells: [labelCell, ...noteCells, ...values], location: labelCell.location });
    end = r.figures[r.figures.length - 1]! + 1;
  }
  const dataRows = rows.filter((row) => !row.cells[0]!.header && row.cells.slice(1).some((c) => c.text !== ''));
  if (dataRows.length < (k === 1 ? MIN_SINGLE_RECORDS : MIN_RECORDS)) return null;
  const grid: Grid = { kind: 'grid', source: k === 1 || recs.every((r) => r.figures.length > 1) ? 'cell-per-line' : 'spaced', caption: null, rows, labelsSet: true };
  if (rows[0]?.cells[0]?.header) grid.headerRows = 1;
  if (problems.length > 0) grid.problems = problems;
  return { grid, end };
}

/**
 * Runs of records left as prose: label lines over their figure lines, as many as the reader needs,
 * that neither it nor another reader took (their counts disagree, words stand over the first label,
 * or the lines went into a paragraph). The report of rows no reader took (unread-rows.ts) names
 * them, so that what the reader declines is said, not lost: a run is found here by the same
 * records the reader reads.
 */
export function unreadRecordRuns(blocks: readonly Block[]): TextLine[][] {
  const out: TextLine[][] = [];
  for (const b of blocks) {
    if (b.kind !== 'text' || b.role === 'list-item') continue;
    const src = b.lines.map((l, n): SourceLine => ({ raw: l.text, line: n }));
    let i = 0;
    while (i < src.length) {
      const recs = kindOf(src[i]!.raw) === 'label' ? recordsFrom(src, i) : [];
      const single = recs.every((r) => r.figures.length === 1 && printedCount(src[r.figures[0]!]!.raw) === 1);
      if (recs.length >= (single ? MIN_SINGLE_RECORDS : MIN_RECORDS)) {
        const end = recs[recs.length - 1]!.figures.at(-1)! + 1;
        // As the reader does, the run opens with the first row's own label: words over it (a caption) are not its rows.
        const first = recs[0]!.labels.map((l) => src[l]!.raw.trim());
        const from = first.slice(1).every((x, n) => goesOn(first[n]!, x)) ? i : recs[0]!.labels.at(-1)!;
        out.push(b.lines.slice(from, end));
        i = end;
      } else i++;
    }
  }
  return out;
}
