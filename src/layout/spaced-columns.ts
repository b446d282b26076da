import { isNumberedTitle } from './numbered-title.js';
import { spacedDotsAt } from './spaced-dots.js';
import { unitValueLine } from './unit-value-lines.js';
import { columnChoices } from './column-choices.js';
import type { SourceLine } from './source-line.js';
import { stubTitleCount, stubTitleHeader } from './stub-title-header.js';
import { CODE_ONLY_TITLE, CODE_TITLE } from './code-cells.js';
import { codeAfterLabel, giveBackCodes } from './code-after-label.js';
import { chooseBySums, solveBySums, type SumRow } from './column-sum-splits.js';
import { widthBySums } from './sum-width.js';
import { isPhoneLine } from './phone-line.js';
import { takeGluedLabelDigits } from './glued-labels.js';
import { takeNumericStub } from './numeric-stub.js';
import { isUnitSuffix } from './unit-suffix.js';
import { toGridCell, toTextLine } from './source-line.js';
import { splitRunOnRows } from './run-on-rows.js';
import { endsInWordHyphen } from './hyphen-join.js';
import { isTotalLabelText } from './total-label.js';
import { endsInTitleAfterYears, hasYearsSideBySide, isColumnNumberTitle, isTitledNumberLine, isTitledYearLine, titledSpans } from './titled-years.js';
import { stackedHeader, type StackedHeader } from './stacked-header.js';
import { gappedValueCount } from './last-title-column.js';
import { looksValue } from './looks-numeric.js';
import { yearWrappedHeader } from './year-wrapped-header.js';
import { repeatedTitleGroups, type TitleGroups } from './repeated-title-groups.js';
import { groupTitleLine } from './group-title-line.js';
import { titleInYearRun } from './title-in-year-run.js';
import { YEAR_OR_CLOSING_DATE } from './closing-date.js';
import { giveBackLabelNumbers, giveBackNoteYears } from './label-number.js';
import { giveBackGappedLabelYears } from './label-year-gap.js';
import { afterNoteWord, isNoteRefOnly } from './note-word.js';
import { splitGluedPercents } from './glued-percents.js';
import { afterYearSpan } from './year-span-label.js';
import { afterLabelDate } from './label-date.js';
import { ungroupedNumber, writesUngrouped } from './ungrouped-number.js';
import { joinOrdinalLabels } from './ordinal-labels.js';
import { joinNumberedLabels } from './numbered-label-run.js';
import { joinWrappedTails } from './wrapped-row-tail.js';
import type { Grid, GridCell, GridRow, TextLine } from './types.js';
import { Decimal } from 'decimal.js';
import { readingsWithRowSum, rowSumSide, sumNeedsOneMoreColumn, type RowSumSide } from './row-sum-column.js';
import { isCodeLine } from './code-label-line.js';
import { isCodeAboveLabel } from './code-above-label.js';
import { codeWrappedLabelEnd, MAX_NAME_LINES } from './code-wrapped-label.js';
import { placeShortParts } from './short-parts.js';
import { placeByColumnEnds } from './column-positions.js';
import { placeShortRowsByResult } from './short-row-by-result.js';
import { readNotesByResult } from './note-by-result.js';
import { placeShortRowsByRelations } from './short-row-by-relations.js';
import { splitShortRowsByRelations } from './full-split-by-relations.js';
import { noChangeAsZero } from './looks-numeric.js';
import { learnRelations, readingByRelations } from './column-relations.js';
import { statesUnit } from './unit-section.js';
import { headingNamesUnit } from './unit-heading.js';
import { figureOverNote } from './note-or-figure.js';
import { printedDecimals } from './printed-decimals.js';
import { isYearSpanCaption } from './range-caption.js';
import { isCaptionBelow } from './caption-below.js';
import { isNoteHeading } from './note-heading.js';
import { isNoteLine } from './note-line.js';
import { goesOn, MAX_LABEL_LINES, wordsReachBareRow } from './wrapped-label.js';
import { headingLinesAbove } from './heading-above-label.js';
import { headsNoteColumn, isNoteTitle, namesNoteColumn } from './note-title.js';
import { groupNoteColumns, groupSpread } from './group-notes.js';
import { breaksNoteOrder, noteNumber } from './note-order.js';
import { stubUnitWords } from './stub-unit.js';
import { headsNextTable, repeatsHeader } from './repeated-header.js';
import { repeatedYearRuns } from './repeated-year-runs.js';
import { continuesStatement } from './statement-sections.js';
import { gappedHeader } from './gapped-header.js';
import { spaceGappedHeader } from './space-gapped-header.js';
import { yearSubtitles } from './year-subtitles.js';
import { capitalTitles } from './capital-titles.js';
import { headerTitles, titleGroups } from './header-titles.js';
import { exportRows } from './export-figures.js';
import { blankDashesOn, dashIsBlank, withBlankDashes } from './blank-dash.js';
import { DASH_RUN } from './dash-run.js';
import { oncePerLine } from './once-per-line.js';
import { joinZeroWrappedLabels } from './zero-wrapped-label.js';
import { yearLineHeader } from './year-line-header.js';
import { otherTableAt, rowsNeeded, trailingYearRun, yearRunTitles } from './short-year-table.js';
import { joinMargins, MARGIN_SIGN } from './margin-note.js';
import { blankTailWidth, putShortRowsLeft } from './blank-tail.js';
import { certainFirst } from './certain-first.js';
import { emptiesAtEnd, emptiesBetween, partCounts, type GapPart } from './empty-cell-spaces.js';
import { unitTitles } from './unit-titles.js';
import { unitAfterYears } from './years-then-unit.js';
import { fullRowsNeeded } from './full-rows-under-years.js';
import { captionBeforeTitles } from './caption-before-titles.js';
import { FINE_SPACES, fineGroupsNear, fineVerdict, isFineFigure, joinsGroup, withoutFineSpaces, type FineMode } from './fine-groups.js';

/**
 * Columns separated by single spaces, as text copied out of a PDF or a web page gives them:
 *
 *   Belopp i tkr            Not BUDGET 2019 2019 2018
 *   Verksamhetens intäkter 1 102 946 101 282 106 965
 *   Summa 1 549 304 127 134
 *
 * Digit groups are separated by spaces too, so a row's digit run is split into values by
 * digit-group rules: a value opens with a number of any length (a sign may stand before it,
 * spaced or not) and goes on with groups of exactly three digits; a decimal part, a note mark
 * or a percent sign ends it. The column count is the largest count that at least two rows
 * cannot read with fewer values. A row that splits into that count in one way only is
 * certain. A row that splits in several ways takes the split whose values are most alike in
 * size and is marked uncertain, unless it is a total row whose values are the sums of the
 * rows above it: the sums choose both the split and the columns of a row with fewer values.
 * A row with fewer values than columns is otherwise put from the left and marked uncertain.
 * Two columns' numbers are never read as one value when the split is in doubt: the row says so.
 * Where the figures group their digits by fine spaces and the cells stand apart by ordinary ones,
 * the kind of space decides instead (fine-groups.ts).
 */

const MIN_ROWS = 3;
const MAX_LABEL = 110;
const MAX_HEADER_LINES = 14;
/**
 * No line longer than this opens a table here: a header line has at most MAX_HEADER_LINE characters,
 * and a row's label at most MAX_LABEL before at most MAX_TOKENS values of a few characters each.
 * A paragraph on one line is rejected before it is split into tokens.
 */
const MAX_START_LINE = 1000;
/**
 * Wider tables are read only where their rows fix the columns: the split search weighs readings
 * of a row over its columns, and a wide row of single-spaced groups has millions.
 */
const MAX_COLUMNS = 12;
/**
 * A header wrapped one word a line names its columns itself, so a wider table is read under it;
 * so is a table whose rows read one way each (a year a column over two decades): no split is searched.
 */
const MAX_STACKED_COLUMNS = 24;
/** Enough for any row a person would print; a longer digit run is read no further. */
const MAX_TOKENS = 40;
const MAX_SPLITS = 4000;
/** Readings of all a table's rows, at the two counts weighed, past which sums between columns are not searched. */
const EVIDENCE_READINGS = 50_000;
/** Readings a row's search for the sums between columns meets at most (a row of fifteen spaced counts has tens of thousands). */
const MAX_RELATION_SPLITS = 200_000;

interface Tok {
  text: string;
  from: number;
  to: number;
}

/** A token: a remark in parentheses (spaces and all), or a run of non-space characters. */
const SPACE = /\([^()]*\)|[^ \u00a0\u202f\u2009]+/g;
const LETTER = /[A-Za-zÅÄÖåäö]/;
/** Set while a table that writes no digit groups is read again (ungrouped-number.ts): every figure is then a cell. */
let ungroupedTable = false;
/** Set while a table is read with its figures' fine-spaced groups joined, and maybe every figure a cell (fine-groups.ts). */
let fineMode: FineMode = 'off';
/** Ends a value: a decimal part, a percent sign or a note mark (the token is a number already). */
const closed = (t: string): boolean => {
  let known = closedTokens.get(t);
  if (known === undefined) {
    if (closedTokens.size >= MAX_KEPT_TOKENS) closedTokens.clear();
    known = t === '0' || NO_CHANGE.test(t) || isFineFigure(t) || t.includes(',') || t.includes('%') || MARK_RE.test(t) || DOT_DECIMAL_RE.test(t) || ungroupedNumber(t);
    closedTokens.set(t, known);
  }
  return known || ungroupedTable || fineMode === 'cells';
};
/** "No change" as a signed zero ("+/-0", "±0"): a zero, so no digit group goes on from it. */
const NO_CHANGE = /^(?:\+\/[-−–]|±)0$/;
/** Tokens asked about again and again while the splits of long rows are searched: the answer kept (tokens are short and few). */
const closedTokens = new Map<string, boolean>();
const MAX_KEPT_TOKENS = 10_000;
const SIGN = /^[-−–‑]$/;
const MARKS = '*¹²³⁴⁵⁶⁷⁸⁹⁰' + MARGIN_SIGN;
const MARK_RE = new RegExp(`[${MARKS}]`);
/** Note marks alone ("*", "¹"), the margin sign not among them (margin-note.ts joins a margin). */
const LONE_MARK = /^(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})$/;
/**
 * A decimal point no digit group can be taken for (statistics exports: "2974.0", "0.25",
 * "11118.149"): one, two or four and more decimals, or four and more digits before the point.
 */
const DOT_DECIMAL = '(?:\\d+\\.(?:\\d{1,2}|\\d{4,})|\\d{4,}\\.\\d+)';
const DOT_DECIMAL_RE = new RegExp(`^[-−–‑+]?${DOT_DECIMAL}(?:%|[${MARKS}]+)?$`);
/**
 * A value's first token: a number (no leading zero unless it is zero), maybe signed, maybe with decimals, a mark or %.
 * A change may carry an explicit plus set against it ("+35", "+4,5" in a column of differences).
 */
// "No change" as a signed zero ("+/-0", "±0") is a value too, the zero (looks-numeric.ts).
const START = new RegExp(`^(?:[-−–‑+]?(?:0|[1-9]\\d*|\\d{1,3}(?:\\.\\d{3})+|[1-9]\\d{0,2}(?:[${FINE_SPACES}]\\d{3})+|${DOT_DECIMAL})(?:,\\d+)?(?:%|[${MARKS}]+)?|(?:\\+\\/[-−–]|±)0)$`);
/** A later digit group: exactly three digits, the last maybe with decimals, a mark or %. */
const GROUP = new RegExp(`^\\d{3}(?:,\\d+)?(?:%|[${MARKS}]+)?$`);
/**
 * Not available ("..", "…"), or, in official statistics, cannot occur ("."), or a figure held back
 * below a threshold ("<5", a count too small to publish): a cell with no number.
 */
const BLANK = new RegExp(`^(?:\\.|\\.\\.|\\.\\.\\.|…|<[1-9]\\d{0,2}|${DASH_RUN})$`, 'u');
/** A note reference written beside a value ("1)"): part of the cell before it, never a value. */
const NOTE_PAREN = /^\([^()]*\)$/;
// A scaled unit after one value ("117 000 tkr") stays with that cell, as a note mark does.
const isNoteRef = (t: string): boolean => /^\d{1,2}\)$/.test(t) || (NOTE_PAREN.test(t) && LETTER.test(t)) || isUnitSuffix(t);
/** A section heading of a statement: a few words, no figure, no sentence ("TILLGÅNGAR", "Eget kapital och skulder"). */
const SECTION_HEADING = /^\p{L}[\p{L} ,&–-]{0,48}$/u;
const isSectionHeading = (text: string): boolean => SECTION_HEADING.test(text) && text.split(/\s+/).length <= 5;
/** A note-column entry such as "3A", "2, 3, 17" or "6,7,9" (three notes or more: no decimal figure). */
const NOTE_CODE = /^\d{1,2}[A-Z]$|^\d{1,2}(?:, \d{1,2})+$|^\d{1,2}(?:,\d{1,2}){2,}$/;
/** Notes listed without a space ("4,5", "12,13"): a note entry only where the row's count puts a note. */
const NOTE_PAIR = /^[1-9]\d?(?:,[1-9]\d?)+$/;
// A closing date ("2021-12-31") heads a column as its year does (closing-date.ts).
const YEAR = YEAR_OR_CLOSING_DATE;

/** The last two digits of a hundred percent set apart by a group space ("1 00%"). */
const HUNDRED_TAIL = /^00(?:,0+)?%$/;
/** The cell of such a figure, read as it means. */
const SPACED_HUNDRED = /^1 (?=00(?:,0+)?%$)/;

const SPAN_DASH = /^[-–]$/;
/** The longest span of years read as one ("2012 – 2014"); wider, two years apart are more likely two cells. */
const MAX_YEAR_SPAN = 30;
const yearSpan = (from: string, to: string): boolean => {
  if (!/^(?:19|20)\d{2}$/.test(from) || !/^(?:19|20)\d{2}$/.test(to)) return false;
  const d = Number(to) - Number(from);
  return d > 0 && d <= MAX_YEAR_SPAN;
};

function tokens(raw: string): Tok[] {
  const out: Tok[] = [];
  for (const m of raw.matchAll(SPACE)) {
    const prev = out[out.length - 1];
    // A percent sign set apart from its number ("3,7 %") closes that number.
    if (m[0] === '%' && prev && /\d$/.test(prev.text)) {
      prev.text += '%';
      prev.to = m.index + 1;
      continue;
    }
    // A hundred percent printed with a group space ("1 00%", "1 00,0%"): one figure, since no
    // figure opens "00" and no group has two digits.
    if (prev && prev.text === '1' && prev.to + 1 === m.index && HUNDRED_TAIL.test(m[0])) {
      prev.text = `1${m[0]}`;
      prev.to = m.index + m[0].length;
      continue;
    }
    // So does a note mark set apart from its figure ("46 164 *"): a lone mark is no cell.
    if (prev && LONE_MARK.test(m[0]) && /\d$/.test(prev.text)) {
      prev.text += m[0];
      prev.to = m.index + m[0].length;
      continue;
    }
    // Text set against a remark in parentheses ("(1, 2 §)1"): one token, a footnote mark on the label.
    if (prev && prev.to === m.index && prev.text.endsWith(')') && prev.text.startsWith('(')) {
      prev.text += m[0];
      prev.to = m.index + m[0].length;
      continue;
    }
    // A later group of a figure typeset with fine spaces, in a table read so (fine-groups.ts).
    if (fineMode !== 'off' && prev && joinsGroup(prev.text, raw.slice(prev.to, m.index), m[0])) {
      prev.text += raw.slice(prev.to, m.index) + m[0];
      prev.to = m.index + m[0].length;
      continue;
    }
    // A span of years set apart by a dash ("2012 – 2014", a title's period): one token of text, not a year and a negative figure.
    const before = out[out.length - 2];
    if (prev && before && SPAN_DASH.test(prev.text) && yearSpan(before.text, m[0])) {
      out.pop();
      before.text = raw.slice(before.from, m.index + m[0].length);
      before.to = m.index + m[0].length;
      continue;
    }
    // Shares glued together ("100%100%") are a cell each (glued-percents.ts).
    const tok = { text: m[0], from: m.index, to: m.index + m[0].length };
    out.push(...(splitGluedPercents(tok) ?? [tok]));
  }
  // A margin of error after a figure belongs to the figure's cell (margin-note.ts).
  return joinMargins(out);
}

const numericTok = (t: string, noteCodes: boolean): boolean =>
  START.test(t) || GROUP.test(t) || SIGN.test(t) || BLANK.test(t) || isNoteRef(t) || (noteCodes && NOTE_CODE.test(t));

/** One value: tokens [from, to) of the run. */
interface Span {
  from: number;
  to: number;
}

/**
 * Every way to read the run as values, as lists of spans; `want` limits the count when given.
 * A value: [sign] start group* [note-ref], or a blank token, or a lone dash (a blank) not followed by a number.
 */
function splits(run: string[], want: number | null, noteCodes: boolean, limit = MAX_SPLITS, keep?: (s: Span[]) => boolean): Span[][] {
  const out: Span[][] = [];
  const cur: Span[] = [];
  // Complete readings met; with `keep`, only those it accepts are returned, and the limit counts them all.
  let met = 0;
  // How many values the rest of the run can make: a branch that needs more or fewer is left at once,
  // so the search meets readings rather than dead ends (wide rows of single-spaced groups have millions).
  const rest = want === null ? null : suffixCounts(run, noteCodes);
  const walk = (i: number): void => {
    if (met >= limit) return;
    if (rest !== null && (want! - cur.length < rest.min[i]! || want! - cur.length > rest.max[i]!)) return;
    if (i === run.length) {
      if (want === null || cur.length === want) {
        met++;
        if (!keep || keep(cur)) out.push([...cur]);
      }
      return;
    }
    const t = run[i]!;
    const push = (to: number): void => {
      cur.push({ from: i, to });
      walk(to);
      cur.pop();
    };
    if (BLANK.test(t) || (noteCodes && NOTE_CODE.test(t))) {
      push(i + 1);
      if (spacedDotsAt(run, i)) push(i + 2);
      return;
    }
    let j = i;
    if (SIGN.test(t)) {
      if (!signsNext(run, i)) return push(i + 1);
      // Where every figure is a cell, a dash apart from a figure may be a blank cell too: the count decides.
      if (fineMode === 'cells') push(i + 1);
      j = i + 1;
    }
    if (!START.test(run[j]!)) return;
    // The value ends after its first token or after any later group of three digits.
    let k = j;
    for (;;) {
      let end = k + 1;
      if (end < run.length && isNoteRef(run[end]!)) end++;
      push(end);
      if (closed(run[k]!) || end !== k + 1) break;
      if (k + 1 < run.length && GROUP.test(run[k + 1]!)) k++;
      else break;
    }
  };
  walk(0);
  return out;
}

/**
 * Every way to read a run of figure tokens as exactly `want` values, up to `limit` of them, each
 * as [from, to) token bounds: the digit grouping this reader honours, for another reader of
 * single-spaced figures (figure-rows-table.ts) to use rather than a second version of it.
 */
export function valueSplits(run: string[], want: number, limit: number): [number, number][][] {
  return splits(run, want, false, limit).map((s) => s.map((v): [number, number] => [v.from, v.to]));
}

function countRange(run: string[], noteCodes: boolean): { min: number; max: number } | null {
  const { min, max } = suffixCounts(run, noteCodes);
  return Number.isFinite(min[0]) ? { min: min[0]!, max: max[0]! } : null;
}

/**
 * For each token from which the run's end is still to be read, the fewest and most values the
 * rest can make (Infinity and -Infinity when none), by dynamic programming over the same steps as
 * `splits`: what lets the search leave a branch at once when the values it still needs cannot be made.
 */
function suffixCounts(run: string[], noteCodes: boolean): { min: number[]; max: number[] } {
  const n = run.length;
  const min: number[] = new Array(n + 1).fill(Infinity);
  const max: number[] = new Array(n + 1).fill(-Infinity);
  min[n] = 0;
  max[n] = 0;
  for (let i = n - 1; i >= 0; i--) {
    for (const e of valueEnds(run, i, noteCodes)) {
      if (min[e]! + 1 < min[i]!) min[i] = min[e]! + 1;
      if (max[e]! + 1 > max[i]!) max[i] = max[e]! + 1;
    }
  }
  return { min, max };
}

/** How many ways the run reads as exactly `want` values (counted, not listed; past `cap` it stops counting). */
export function countReadings(run: string[], want: number, noteCodes: boolean, cap: number): number {
  const n = run.length;
  // ways[i][c]: readings of the tokens from i on as c values.
  const ways: number[][] = Array.from({ length: n + 1 }, () => new Array(want + 1).fill(0));
  ways[n]![0] = 1;
  for (let i = n - 1; i >= 0; i--) {
    for (const e of valueEnds(run, i, noteCodes)) {
      for (let c = 1; c <= want; c++) ways[i]![c] = Math.min(cap, ways[i]![c]! + ways[e]![c - 1]!);
    }
  }
  return ways[0]![want]!;
}

interface Line {
  src: SourceLine;
  toks: Tok[];
  /** Index of the first token of the digit run; toks.length when there is none. */
  runAt: number;
  range: { min: number; max: number } | null;
  /**
   * The unit that closed a header line's years ("Statsbidrag 2021 2022 mnkr"), with the line as
   * printed: `src` and `toks` leave it out (years-then-unit.ts).
   */
  unit?: { tok: Tok; src: SourceLine };
  /** A numbered caption before the column titles on the line, closed by its unit, as printed: `src` has it blanked (caption-before-titles.ts). */
  caption?: { src: SourceLine; to: number };
}

/**
 * Every line is a start for this reader and for the headers it tries, so the same line is read
 * from many starts: in the plain mode (no ungrouped table, no blank dashes) each line is read once.
 */
const readPlain = oncePerLine((src: SourceLine) => readLineNow(src, false));
const readPlainNotes = oncePerLine((src: SourceLine) => readLineNow(src, true));
/** The same per fine mode: a table with fine-spaced groups is read once plain and once in each mode. */
const readFine = {
  joined: [oncePerLine((src: SourceLine) => readLineNow(src, false)), oncePerLine((src: SourceLine) => readLineNow(src, true))],
  cells: [oncePerLine((src: SourceLine) => readLineNow(src, false)), oncePerLine((src: SourceLine) => readLineNow(src, true))],
};

function readLine(src: SourceLine, noteCodes: boolean): Line {
  if (ungroupedTable || blankDashesOn()) return readLineNow(src, noteCodes);
  if (fineMode !== 'off') return readFine[fineMode][noteCodes ? 1 : 0]!(src);
  return noteCodes ? readPlainNotes(src) : readPlain(src);
}

function readLineNow(src: SourceLine, noteCodes: boolean): Line {
  // "Tabell 4 Bidrag 2022, tkr Budget Utfall": the caption before the titles is no title; the line reads as titles under an empty stub.
  const cut = src.raw.includes('\t') ? -1 : captionBeforeTitles(src.raw);
  if (cut > 0) return { ...readLineNow({ ...src, raw: ' '.repeat(cut) + src.raw.slice(cut) }, noteCodes), caption: { src, to: cut } };
  const read = src.raw.includes('\t') ? [] : tokens(src.raw).slice(-MAX_TOKENS * 2);
  // A unit closing a header line's years is the table's, not a cell (years-then-unit.ts).
  const unitAt = unitAfterYears(read.map((t) => t.text));
  const unit = unitAt >= 0 ? read[unitAt] : undefined;
  const all = unit ? read.slice(0, unitAt) : read;
  const toks = noteCodes ? noteLists(all) : all;
  // A contact line's telephone number is no row of values (phone-line.ts).
  if (isPhoneLine(src.raw)) return { src, toks, runAt: toks.length, range: null };
  let at = toks.length;
  while (at > 0 && numericTok(toks[at - 1]!.text, noteCodes) && toks.length - at < MAX_TOKENS) at--;
  at = afterNoteWord(toks, at);
  // A span of years opening the run is the label's, when figures follow it (year-span-label.ts).
  const span = afterYearSpan(toks, at);
  if (span > at && span < toks.length) at = span;
  // A date closing the label ("Utgående balans 31 dec 2023", "… 1.1.2023") is the label's (label-date.ts).
  at = afterLabelDate(toks, at);
  // The run must read as values: tokens the label ends in ("avsnitt 2") are given back to it.
  let range: { min: number; max: number } | null = null;
  while (at < toks.length) {
    range = countRange(toks.slice(at).map((t) => t.text), noteCodes);
    if (range) break;
    at++;
  }
  // One wide gap in a single-spaced row stands for its empty cells: a year or a note mark before it closes the label ("Sedlar ogiltiga 2016 *     1 209").
  const gap = wideGapAt(toks);
  if (gap > at && toks.slice(at, gap).every((t) => LABEL_CLOSE.test(t.text)) && /\p{L}/u.test(toks.slice(0, at).map((t) => t.text).join(' '))) {
    const rest = countRange(toks.slice(gap).map((t) => t.text), noteCodes);
    if (rest) {
      at = gap;
      range = rest;
    }
  }
  // A line of numbers only whose first is a year: the year is the row's label ("2007 16 032 14 554 …").
  if (at === 0 && toks.length >= 3 && YEAR.test(toks[0]!.text) && !yearsOnly(toks)) {
    at = 1;
    range = countRange(toks.slice(1).map((t) => t.text), noteCodes);
  }
  if (unit) return { src: { ...src, raw: src.raw.slice(0, unit.from).trimEnd() }, toks, runAt: at, range: at < toks.length ? range : null, unit: { tok: unit, src } };
  return { src, toks, runAt: at, range: at < toks.length ? range : null };
}

/** Spaces that stand for empty cells between a label and its values, where the columns are set apart by one space. */
const WIDE_GAP = 3;
/** What may close a label before such a gap: a year, a footnote mark, a year with its mark ("2016 *" is read as one token). */
const LABEL_CLOSE = /^(?:(?:19|20)\d{2}\*{0,3}|\*{1,3})$/;

/** The indexes of the tokens that follow a wide gap. */
const wideGaps = (toks: Tok[]): number[] => toks.flatMap((t, k) => (k > 0 && t.from - toks[k - 1]!.to >= WIDE_GAP ? [k] : []));

/** The index of the token after the line's one wide gap, or -1 when it has none or more than one (an aligned row). */
function wideGapAt(toks: Tok[]): number {
  const gaps = wideGaps(toks);
  return gaps.length === 1 ? gaps[0]! : -1;
}

/** Under a note column, notes listed after the label ("Personalkostnader 6, 7 -155 -143") are one token, one cell. */
function noteLists(toks: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const prev = out[out.length - 1];
    if (prev && LETTER.test(prev.text) && /^\d{1,2},$/.test(t.text)) {
      let e = k + 1;
      while (e < toks.length && /^\d{1,2},$/.test(toks[e]!.text)) e++;
      // The list may end the line: a section heading that prints only its notes ("Kostnader 4, 5").
      if (e < toks.length && /^\d{1,2}$/.test(toks[e]!.text)) {
        out.push({ text: toks.slice(k, e + 1).map((x) => x.text).join(' '), from: t.from, to: toks[e]!.to });
        k = e;
        continue;
      }
    }
    out.push(t);
  }
  return out;
}

/** Three or more years, each the one before plus one ("2013 2014 2015"): a header, never a row's figures. */
function yearRun(toks: Tok[]): boolean {
  const ys = toks.map((t) => Number(t.text));
  // Up or down: reports print the newest year first ("2010 2009 2008") as often as last.
  const step = ys.length > 1 ? ys[1]! - ys[0]! : 0;
  return ys.length >= 3 && Math.abs(step) === 1 && ys.every((y, k) => YEAR.test(toks[k]!.text) && (k === 0 || y === ys[k - 1]! + step));
}

function yearsOnly(toks: Tok[]): boolean {
  return toks.length > 0 && toks.every((t) => YEAR.test(t.text));
}

const labelText = (l: Line): string => (l.runAt === 0 ? '' : l.src.raw.slice(0, l.toks[l.runAt - 1]!.to).trim());
const isBlank = (src: SourceLine): boolean => src.raw.trim() === '';
/** Words followed by two spaces or more: a row that printed its empty cells. */
const endsInSpaces = (raw: string): boolean => raw.trim() !== '' && raw.length - raw.trimEnd().length >= 2;
/** Empty web-table rows in a run: a statement's page may set five or more between its result and the part under it. */
const MAX_SPACE_ROWS = 8;
/**
 * An empty row of a web table pasted as text is a line of spaces: a space for each cell and one
 * between cells, so as long as twice the columns (eleven for six). Up to twenty columns.
 */
const MAX_SPACE_ROW = 40;
const isSpaceRow = (src: SourceLine): boolean => src.raw.length > 0 && src.raw.length <= MAX_SPACE_ROW && src.raw.trim() === '';
/** A line of years only ("2019 2018 2017", "2023"): a header line. */
const isYearLine = (l: Line): boolean => yearsOnly(l.toks);
/** A line of words ending in two or more years ("VERKSAMHETSOMRÅDE 2017 2018 2019"): a header over columns per year. */
const isYearHeader = (l: Line): boolean => l.runAt < l.toks.length && l.toks.length - l.runAt >= 2 && yearsOnly(l.toks.slice(l.runAt));
/**
 * Words closed by two or more closing dates ("Belopp i tkr 2021-12-31 2020-12-31"): dates are no
 * figures, so the line has no run of values, but its columns are named by years all the same.
 */
const isDateHeader = (l: Line): boolean => {
  let n = 0;
  while (n < l.toks.length && YEAR.test(l.toks[l.toks.length - 1 - n]!.text)) n++;
  return n >= 2 && n < l.toks.length && l.toks.slice(-n).some((t) => !/^\d+$/.test(t.text));
};
const isData = (l: Line): boolean => l.range !== null && !isYearLine(l) && labelText(l).length <= MAX_LABEL;
/** The line after `k`, or after one blank line, is a row whose label opens in lower case: it goes on from a word broken at k's end. */
function hyphenGoesOnAt(lines: SourceLine[], k: number, noteCol: boolean): boolean {
  const j = k + 1 < lines.length && isBlank(lines[k + 1]!) ? k + 2 : k + 1;
  if (j >= lines.length || isBlank(lines[j]!)) return false;
  const next = readLine(lines[j]!, noteCol);
  return isData(next) && next.runAt > 0 && /^\p{Ll}/u.test(next.toks[0]!.text);
}
/** A short line of words: a header line, a section heading, or a row label wrapped above its values. */
const isWords = (l: Line, max = MAX_LABEL): boolean =>
  !isData(l) && !isBlank(l.src) && !l.src.raw.includes('\t') && l.src.raw.trim().length <= max && !(/[.!?]\s\S/.test(l.src.raw) && l.toks.length > 6);
/** A header line may name many columns. */
const MAX_HEADER_LINE = 200;
/** A header line indented by a run of spaces: the label column's title, at its left, is empty. */
const EMPTY_STUB = /^ {2,}\S/;

interface BodyRow {
  label: SourceLine[];
  line: Line | null;
  /** A line of only the row's note reference under its figures ("Not 4"): the label's, after its words (note-word.ts). */
  notes?: SourceLine[];
  /** Index of the row's last line in `lines`. */
  at: number;
}

/**
 * The spaced table starting at `start`, as one grid, or as several when a total row, a blank line
 * and a heading end one part and begin the next: each part is then a table of its own under
 * the same header, captioned by its heading (a budget per committee, each with its "Summa").
 */
export function detectSpacedGrid(file: string, lines: SourceLine[], start: number): { grids: Grid[]; end: number } | null {
  const read = detectSpacedGridNow(file, lines, start);
  const out = read === null || blankDashesOn() ? read : withGluedSigns(file, lines, start, read);
  // Rows that a page's text ran together on one line, read as one row's label (run-on-rows.ts).
  for (const g of out?.grids ?? []) splitRunOnRows(file, lines, g);
  return out;
}

/** A minus sign set against its figure ("-219", "−1 096"), and a dash standing alone before a figure ("-3 - 8"). */
const GLUED_MINUS = /(?:^| )[-−–]\d/;
const LONE_DASH_BEFORE = / [-−–] \d/;
const DOUBT_DASH = 'ett streck före ett tal kan vara talets minustecken eller en tom cell';

/**
 * A table that sets its minus signs against their figures ("-219 1 -505 8") prints a dash for an
 * empty cell, so a dash standing alone before a figure ("Idrottshallar -3 - 8 - -95 -") is an
 * empty cell and the figure after it another cell, not a negative figure: read as a sign, the row
 * is a value short. So may a table that signs no figure at all ("Sala 120 – 75" among rows of three
 * positive figures). The table is read again with such dashes as empty cells; that reading stands
 * when it reads as far and leaves fewer rows short of values and fewer in doubt. A row whose
 * dash it read so says the dash could have been a sign.
 */
function withGluedSigns(file: string, lines: SourceLine[], start: number, read: { grids: Grid[]; end: number }): { grids: Grid[]; end: number } {
  const body = lines.slice(start, read.end);
  // A table with no figure signed at all says nothing of its signs: there too the rows decide.
  const glued = body.filter((l) => GLUED_MINUS.test(l.raw)).length;
  if (glued === 1 || !body.some((l) => LONE_DASH_BEFORE.test(l.raw))) return read;
  const count = (r: { grids: Grid[] }, doubt: (c: GridCell) => boolean): number => r.grids.reduce((n, g) => n + g.rows.filter((row) => row.cells.some(doubt)).length, 0);
  const short = (c: GridCell): boolean => c.uncertain === DOUBT_FEWER;
  const unsure = (c: GridCell): boolean => c.uncertain !== undefined;
  if (count(read, short) === 0) return read;
  const again = withBlankDashes(true, () => detectSpacedGridNow(file, lines, start));
  // Fewer rows short of values, and no row read in doubt that was not before (a sign set apart once in a full row).
  if (again === null || again.end < read.end || count(again, short) >= count(read, short) || count(again, unsure) >= count(read, unsure)) return read;
  const raw = new Map(body.map((l) => [l.line, l.raw]));
  for (const g of again.grids) {
    for (const row of g.rows) {
      if (!LONE_DASH_BEFORE.test(raw.get(row.location.line ?? -1) ?? '')) continue;
      for (const c of row.cells.slice(1)) if (c.text.trim() !== '') c.uncertain ??= DOUBT_DASH;
    }
  }
  return again;
}

function detectSpacedGridNow(file: string, lines: SourceLine[], start: number): { grids: Grid[]; end: number } | null {
  const plain = detectPlainOrUngrouped(file, lines, start);
  if (!fineGroupsNear(lines, start)) return plain;
  // Figures grouped by fine spaces: read again with their groups joined, and again with every figure a cell;
  // each reading stands only where the whole table allows it (fine-groups.ts) and it reads as far as the one before.
  const joined = readInFineMode('joined', () => readSpacedGrid(file, lines, start));
  const cells = readInFineMode('cells', () => readSpacedGrid(file, lines, start));
  const fine = cells !== null && (joined === null || cells.end >= joined.end) ? cells : joined;
  const chosen = fine !== null && (plain === null || fine.end >= plain.end) ? fine : plain;
  return chosen === fine && fine !== null ? { ...fine, grids: fine.grids.map(joinWrappedTails) } : chosen;
}

function readInFineMode<T>(mode: FineMode, read: () => T): T {
  fineMode = mode;
  try {
    return read();
  } finally {
    fineMode = 'off';
  }
}

function detectPlainOrUngrouped(file: string, lines: SourceLine[], start: number): { grids: Grid[]; end: number } | null {
  const read = readSpacedGrid(file, lines, start);
  // Categories numbered 1, 2, 3 under one label before grouped figures ("Zon 1 1 250"): the number is the label's (numbered-label-run.ts).
  const found = read === null ? null : { ...read, grids: read.grids.map(joinWrappedTails).map(joinNumberedLabels) };
  if (found === null || !writesUngrouped(found.grids)) return found;
  ungroupedTable = true;
  try {
    const again = readSpacedGrid(file, lines, start);
    return again !== null && again.end >= found.end ? { ...again, grids: again.grids.map(joinOrdinalLabels) } : found;
  } finally {
    ungroupedTable = false;
  }
}

/**
 * Rows whose labels stand each on the line above its figures, no header over them:
 *
 *   Kommunal skattesats
 *   20,75 20,75 20,74
 *   Landstingsskattesats
 *   11,35 11,36 11,39
 *
 * The first row's label is then the only line above the first figures: a label, not the header.
 * True when the row at `at` has no label and the next row's label stands above it the same way.
 */
function labelsAboveRows(lines: readonly SourceLine[], at: number, noteCol: boolean): boolean {
  const bare = (k: number): boolean => k < lines.length && !isBlank(lines[k]!) && isData(readLine(lines[k]!, noteCol)) && readLine(lines[k]!, noteCol).runAt === 0;
  return bare(at) && at + 2 < lines.length && isWords(readLine(lines[at + 1]!, noteCol)) && bare(at + 2);
}

/** Years a line names ("Not Budget 2014 Utfall 2013 …": two). */
const yearsNamed = (raw: string): number => (raw.match(/\b(?:19|20)\d{2}\b/g) ?? []).length;

/**
 * The header line that closes the header: the last line of years (or closing dates), or else a line
 * of titles each naming a year, right above one last line (a section's heading over the first row),
 * that names as many years as the first row may hold figures.
 */
function yearsClose(header: readonly Line[], firstData: Line | null): number {
  const years = header.map((h) => isYearLine(h) || isYearHeader(h) || isDateHeader(h)).lastIndexOf(true);
  if (years >= 0 || !firstData?.range) return years;
  // Only a heading right under it, above the first row: headings set apart further down are read as before.
  const k = header.length - 2;
  const raw = header[k]?.src.raw ?? '';
  const n = yearsNamed(raw);
  // The line under it holds no figure: a heading, not the column titles under a caption that names years.
  const heading = !/\d/.test(header[k + 1]?.src.raw ?? '0');
  return k >= 0 && heading && isTitledYearLine(raw) && n >= 2 && n >= firstData.range.min && n <= firstData.range.max ? k : -1;
}

function readSpacedGrid(file: string, lines: SourceLine[], start: number): { grids: Grid[]; end: number } | null {
  if (lines[start]!.raw.includes('\t') || lines[start]!.raw.length > MAX_START_LINE) return null;
  // "Antal per år:" over "2005: 8 918": a lead-in over a list of "label: figure" lines, no header over columns.
  if (lines[start]!.raw.trimEnd().endsWith(':') && start + 1 < lines.length && unitValueLine(lines[start + 1]!) !== null) return null;
  // A caption naming the years the table spans, above the header of years: not a header (range-caption.ts).
  if (isYearSpanCaption(lines[start]!.raw) && start + 1 < lines.length && (isTitledYearLine(lines[start + 1]!.raw) || isYearHeader(readLine(lines[start + 1]!, false)))) return null;
  // A note's title ("Not 14 Långfristiga skulder") over its figures is their caption: the table begins under it (note-line.ts).
  if (isNoteLine(lines[start]!.raw)) return null;
  // A numbered section's title ("1. Verksamhet") over its rows is their caption, not column titles (numbered-title.ts).
  if (isNumberedTitle(lines[start]!.raw)) return null;
  // Header: short lines of words or years above the first row of values, one block (a blank
  // line only after a line of years, where a wrapped header often leaves one).
  const header: Line[] = [];
  let i = start;
  const stacked: (StackedHeader & { label?: string }) | null =
    stackedHeader(
      lines,
      start,
      (src) => {
        const l = readLine(src, false);
        return isData(l) && (l.range?.max ?? 0) >= 2;
      },
      (src) => gappedValueCount(src.raw, looksValue) ?? readLine(src, false).range ?? null,
    ) ??
    // One title a paragraph, a blank line between (gapped-header.ts).
    gappedHeader(lines, start, (src) => {
      const l = readLine(src, false);
      return isData(l) ? l.range : null;
    }) ??
    // Titles over several lines, a line of spaces between (space-gapped-header.ts).
    spaceGappedHeader(lines, start, (src) => {
      const l = readLine(src, false);
      return isData(l) ? l.range : null;
    }) ??
    // Titles closed by years, the lines cut before each year (year-wrapped-header.ts).
    yearWrappedHeader(lines, start, (src) => {
      const l = readLine(src, false);
      return isData(l) ? l.range : null;
    }) ??
    // The years cut one a line after the label column's title (year-line-header.ts).
    yearLineHeader(lines, start, (src) => {
      const l = readLine(src, false);
      return isData(l) ? l.range : null;
    });
  if (stacked) for (; i < stacked.end; i++) if (!isBlank(lines[i]!)) header.push(readLine(lines[i]!, false));
  while (!stacked && i < lines.length && header.length < MAX_HEADER_LINES) {
    const l = readLine(lines[i]!, false);
    // An empty row of a web table (a line of spaces) between header lines or above the first label.
    if (header.length > 0 && isSpaceRow(l.src) && i + 1 < lines.length && !isBlank(lines[i + 1]!)) {
      i++;
      continue;
    }
    if (isBlank(l.src)) {
      // After the line of years, section headings may stand apart from each other by a blank line
      // ("Kronor Not 2022 2023" / "TILLGÅNGAR" / "" / "Anläggningstillgångar" / rows): they open the body.
      // Only under one line that holds the years of two columns or more (years one a line are cells
      // pasted one a line), and only headings after it: a few words, no sentence ("Bidraget redovisas i tkr.").
      const isYears = (h: Line): boolean => isYearLine(h) || isYearHeader(h) || isTitledYearLine(h.src.raw);
      const prev = header[header.length - 1];
      const last = header.map((h) => isYears(h) && (h.src.raw.match(/\b(?:19|20)\d\d\b/g) ?? []).length >= 2).lastIndexOf(true);
      const headings = last >= 0 && last < header.length - 1 && header.slice(last + 1).every((h) => isSectionHeading(h.src.raw.trim()));
      if ((prev !== undefined && isYears(prev)) || headings) {
        if (i + 1 >= lines.length || isBlank(lines[i + 1]!)) return null;
        i++;
        continue;
      }
      return null;
    }
    // A line of a run of years (maybe open, maybe closed by a total) under lines of words: those are its caption, and the table begins at it (short-year-table.ts).
    if (header.length > 0 && !stacked && yearRunTitles(l.src.raw)?.label === '' && header.every((h) => !isYearLine(h) && !isYearHeader(h))) return null;
    // So is it under a sentence: lines above a note's title are text, not header, unless the header's years stand above it.
    if (header.length > 0 && isNoteLine(l.src.raw) && header.every((h) => !isYearLine(h) && !isYearHeader(h) && !isTitledYearLine(h.src.raw))) return null;
    if ((isYearHeader(l) || isTitledYearLine(l.src.raw) || isTitledNumberLine(l.src.raw)) && header.every((h) => !isYearHeader(h))) {
      header.push(l);
      i++;
      continue;
    }
    if (isData(l) && ((l.range?.max ?? 0) >= 2 || headsNoteColumn(header.map((h) => h.src.raw))) && !wrappedHeadLine(lines, i, header.length)) break;
    // A numbered section's title under the header opens the body: a section row, not a line of titles (numbered-title.ts).
    if (header.length > 0 && isNumberedTitle(l.src.raw)) break;
    // A code right above a row of values without a label is that row's label (code-label-line.ts).
    if (header.length > 0 && isCodeLine(l.src.raw) && unlabelledRowNext(lines, i, false)) break;
    // So is a budget code ("21.01", "01.") right above a row with its own label (code-above-label.ts).
    if (header.length > 0 && isCodeAboveLabel(l.src.raw) && labelledRowNext(lines, i, false)) break;
    // And a code over the wrapped lines of its name ("1:1" / "Arbetsförmedlingens förvaltnings-" / "kostnader  7 912 400") (code-wrapped-label.ts).
    if (header.length > 0 && isCodeAboveLabel(l.src.raw) && codeOverName(lines, i, false)) break;
    // A heading with its note ("Intäkter 1") under a header of years and a note column opens the body (note-heading.ts).
    if (isNoteHeading(l.src.raw) && header.some((h) => isYearLine(h) || isYearHeader(h)) && namesNoteColumn(header.map((h) => h.src.raw).join(' '))) break;
    // A line of titles that each carry the unit is longer (unit-titles.ts).
    if (!wrappedHeadLine(lines, i, header.length) && !isWords(l, l.src.raw.length > MAX_HEADER_LINE && unitTitles(l.src.raw) ? MAX_START_LINE : MAX_HEADER_LINE) && !isYearLine(l)) return null;
    // A year right above a row of values without a label is that row's label ("1931" / "8,35 .. ..").
    if (isYearLine(l) && i + 1 < lines.length) {
      const next = readLine(lines[i + 1]!, false);
      if (isData(next) && next.runAt === 0 && (next.range?.max ?? 0) >= 2) break;
    }
    header.push(l);
    i++;
  }
  if (i >= lines.length) return null;
  const headerText = header.map((h) => h.src.raw.trim()).join(' ');
  const noteCol = namesNoteColumn(headerText);
  const headYears = header.filter((h) => isYearLine(h) || isYearHeader(h)).map((h) => h.toks.slice(h.runAt).map((t) => t.text)).pop() ?? null;
  // Without years, every line is header but one directly above a row that has no label of its own.
  const firstData = i < lines.length ? readLine(lines[i]!, noteCol) : null;
  // Lines after the last line of years are section headings or wrapped row labels, not header.
  // A line of titles each naming a year ("Not Budget 2014 Utfall 2013 …") closes the header as a line
  // of years does, when it names as many years as the first row may hold figures (not a caption
  // naming two years over a line of titles).
  const lastYear = yearsClose(header, firstData);
  const labelAbove = firstData !== null && (firstData.runAt === 0 || /^[a-zåäö]/.test(firstData.toks[0]?.text ?? '') || isNoteRefOnly(firstData.toks.slice(0, firstData.runAt)));
  let keep = lastYear >= 0 ? lastYear + 1 : labelAbove && (header.length > 1 || labelsAboveRows(lines, i, noteCol)) ? header.length - 1 : header.length;
  // A label wrapped over lines above its figures takes its first lines out of the header too (wrapped-label.ts).
  if (lastYear < 0 && labelAbove && firstData!.runAt === 0) while (keep > 1 && header.length - keep < MAX_LABEL_LINES && goesOn(header[keep - 1]!.src.raw, header[keep]!.src.raw)) keep--;
  // A short heading under the header that a later total row names ("Investeringar" … "Summa
  // investeringar"), above a row with a label of its own: the first section's heading, not a
  // wrapped header line (a title's last words are summed by no row).
  if (lastYear < 0 && !labelAbove && !stacked && keep === header.length && header.length >= 2 && summedHeading(header[header.length - 1]!.src.raw, lines, i)) keep--;
  // Years over titles repeated once a year ("2021 2022" / "Region Antal Belopp Antal Belopp"): one header of two levels (year-subtitles.ts).
  const subtitled = !stacked && lastYear >= 0 && lastYear + 1 < header.length && isYearLine(header[lastYear]!) ? yearSubtitles(header[lastYear]!.toks.map((t) => t.text), header[lastYear + 1]!.src.raw) : null;
  if (subtitled) keep = lastYear + 2;
  const headLines = header.slice(0, stacked ? header.length : keep);
  // A note column for each group of columns ("Not 2018 2017 Not 2018 2017"), named by the header (group-notes.ts).
  const groupNotes = noteCol ? headNotes(headLines) : null;
  const pending: SourceLine[] = header.slice(headLines.length).map((h) => h.src);
  // The header's words, without the section headings under it: a heading is no title of its own table.
  const headerWords = headLines.flatMap((h) => h.toks.map((t) => t.text));

  // Body: rows of values, label lines (section headings, labels wrapped above their values), single blank lines.
  const body: BodyRow[] = [];
  let end = i;
  let blanks = 0;
  let spaceRows = 0;
  let words = 0;
  /** A line of spaces came after the pending words. */
  let spaceAfterWords = false;
  for (let k = i; k < lines.length; k++) {
    const src = lines[k]!;
    if (isBlank(src)) {
      // A line of spaces is an empty row of a web table, not a paragraph break: a few do not end the table.
      if (isSpaceRow(src) ? ++spaceRows > MAX_SPACE_ROWS : ++blanks > 2) break;
      // Words printed with spaces for their empty cells ("Avsättningar          "), above such an empty row, are a row of their own, not the label of the row under it.
      if (isSpaceRow(src) && pending.length > 0 && endsInSpaces(pending[pending.length - 1]!.raw) && body.some((r) => r.line !== null)) for (const p of pending.splice(0)) body.push({ label: [p], line: null, at: k });
      if (isSpaceRow(src) && pending.length > 0) spaceAfterWords = true;
      continue;
    }
    spaceRows = 0;
    const l = readLine(src, noteCol);
    // A line of words ending in a run of years after the rows is the header of the next table.
    if (body.some((r) => r.line !== null) && isYearHeader(l) && (yearRun(l.toks.slice(l.runAt)) || repeatedYearRuns(l.toks.slice(l.runAt).map((t) => t.text)))) break;
    // So is a unit heading with years, or the header's years again (repeated-header.ts).
    if (body.some((r) => r.line !== null) && repeatsHeader(l.toks.slice(0, l.runAt).map((t) => t.text), l.toks.slice(l.runAt).map((t) => t.text), headYears)) break;
    // A figure's caption or the source under the rows, ending in a number (a week, a year), is no row: it ends the table (caption-below.ts).
    if (body.some((r) => r.line !== null) && isData(l) && isCaptionBelow(src.raw)) break;
    if (isData(l) && isCodeLine(src.raw) && pending.length === 0 && unlabelledRowNext(lines, k, noteCol)) {
      pending.push(src);
      blanks = 0;
      continue;
    }
    if (isCodeAboveLabel(src.raw) && (labelledRowNext(lines, k, noteCol) || codeOverName(lines, k, noteCol))) {
      for (const p of pending.splice(0)) body.push({ label: [p], line: null, at: k - 1 });
      pending.push(src);
      blanks = 0;
      continue;
    }
    // A line of only a note reference under a row's figures is that row's note, as the aligned reader reads it (note-word.ts).
    const lastRow = body[body.length - 1];
    if (pending.length === 0 && blanks === 0 && lastRow?.line != null && l.toks.length <= 4 && isNoteRefOnly(l.toks)) {
      (lastRow.notes ??= []).push(src);
      end = k + 1;
      continue;
    }
    if (isData(l)) {
      // Lines of words above a row that has its own label are headings; above a row without one, its label.
      // A label that goes on in lower case ("Utgifter exkl." / "räntor 662,1 …") is one label over two lines, as does one after its code.
      // So does a line that opens with only the row's note ("Extraordinära poster" / "Not 9 – 16 064 – 16 064", note-word.ts).
      const goesOn = l.runAt > 0 && (/^[a-zåäö]/.test(l.toks[0]!.text) || (pending.length <= MAX_NAME_LINES + 1 && isCodeAboveLabel(pending[0]?.raw ?? '')) || (pending.length > 0 && isNoteRefOnly(l.toks.slice(0, l.runAt))));
      if (l.runAt > 0 && !goesOn) for (const p of pending.splice(0)) body.push({ label: [p], line: null, at: k - 1 });
      // Above a row without a label, a section's heading may stand over the wrapped label (heading-above-label.ts).
      if (l.runAt === 0) for (const p of pending.splice(0, headingLinesAbove(pending.map((x) => x.raw)))) body.push({ label: [p], line: null, at: k - 1 });
      body.push({ label: [...pending], line: l, at: k });
      pending.length = 0;
      blanks = 0;
      words = 0;
      end = k + 1;
      continue;
    }
    // A line that breaks its last words at a hyphen, a row opening in lower case after it across at most one blank line
    // ("… Timlön, nationalräkenska-" / "" / "perna 2,8 1,1 …"): the row's label begins on it, whatever it holds before
    // (rows run together on it are cut apart by run-on-rows.ts).
    if (pending.length === 0 && endsInWordHyphen(src.raw) && hyphenGoesOnAt(lines, k, noteCol)) {
      pending.push(src);
      blanks = 0;
      continue;
    }
    // More than two lines of words are one wrapped label only when they lead to a row without one (wrapped-label.ts).
    const bareRow = (j: number): boolean => j < lines.length && !isBlank(lines[j]!) && isData(readLine(lines[j]!, noteCol)) && readLine(lines[j]!, noteCol).runAt === 0;
    if (!isWords(l) || (++words > 2 && !(words <= MAX_LABEL_LINES && wordsReachBareRow(k, MAX_LABEL_LINES - words, (j) => j < lines.length && !isBlank(lines[j]!) && isWords(readLine(lines[j]!, noteCol)), bareRow)))) break;
    // So does an empty row of the web table between words and words (a row with no figures, then the
    // next row's label over its figures): in the rows, the words above it are a row of their own.
    if ((blanks > 0 || (spaceAfterWords && body.some((r) => r.line !== null))) && pending.length > 0) {
      for (const p of pending) body.push({ label: [p], line: null, at: k });
      pending.length = 0;
    }
    pending.push(src);
    blanks = 0;
    spaceAfterWords = false;
  }
  // A stacked header's titles read as the one line they stand for.
  const headLast = stacked ? [stacked.label ?? '', ...stacked.titles].join(' ') : headLines[headLines.length - 1]?.src.raw;
  // Under a header of years, rows after a break too short for its columns are the next table's (short-year-table.ts).
  const other = otherTableAt(headLast, body.map((r) => ({ at: r.at, max: r.line === null ? null : (r.line.range?.max ?? 0) })));
  if (other > 0) {
    body.splice(other);
    end = body[body.length - 1]!.at + 1;
  }
  let data = body.filter((r) => r.line !== null);
  // A fine mode stands only where the table's rows allow it (fine-groups.ts).
  if (fineMode !== 'off' && !fineVerdict(data.map((r) => ({ raw: r.line!.src.raw, toks: r.line!.toks, runAt: r.line!.runAt })))[fineMode]) return null;
  // Under a header of years a table may have fewer rows (short-year-table.ts).
  const minRows = rowsNeeded(headLast, data.map((r) => r.line!.range), MIN_ROWS);
  if (data.length < minRows) return null;
  // Labels glued to their first values give the digits back to the values (glued-labels.ts).
  takeGluedLabelDigits(data.map((r) => r.line!), (run) => countRange(run, noteCol));
  // Row labels that are numbers rising down the table are labels, not a column of figures (numeric-stub.ts).
  if (headLines.length > 0 && takeNumericStub(data.map((r) => r.line!), (run) => countRange(run, noteCol))) {
    // A lone figure read as the code above a row without a label is, now that the row has one, the rest of the row above it.
    for (let n = 0; n < body.length; n++) {
      const r = body[n]!;
      const own = r.line !== null && r.line.runAt > 0 && r.label.length === 1 && isCodeLine(r.label[0]!.raw) ? readLine(r.label[0]!, noteCol) : null;
      if (own === null || !isData(own)) continue;
      body.splice(n, 1, { label: [], line: own, at: r.at - 1 }, { ...r, label: [] });
      n++;
    }
    data = body.filter((r) => r.line !== null);
  }
  // Under a code column's title after the label's, a row's code opens its figures: it ends the label (code-after-label.ts).
  const codeCount = headLines.length === 1 && codeAfterLabel(headLines[0]!.toks.map((t) => t.text)) ? headerCount(headLines, noteCol) : null;
  if (codeCount !== null) giveBackCodes(data.map((r) => r.line!), codeCount, (run) => countRange(run, noteCol));
  // The column count: the largest count that at least two rows cannot read with fewer values.
  // A row whose label ends in a number ("Projekt 12", "Utbetalt 2022") counts without it where the rest reads as the other rows do.
  const byLabelNumbers = labelNumberMins(data.map((r) => r.line!), noteCol, minRows);
  const mins = byLabelNumbers.mins.sort((a, b) => b - a);
  // Small numbers rising down the table are notes, never the labels' (see labelNumberMins): as before, only where every figure is a cell.
  const labelNumbers = !byLabelNumbers.notes || fineMode === 'cells';
  // The header's own count of columns wins when the rows allow it: rows of grouped digits can
  // often be read with fewer values than the table has columns, never with more.
  const named = stacked ? stacked.titles.length : subtitled ? subtitled.columns.length : headerCount(headLines, noteCol);
  // Words are a weak count ("Mark och byggnader" is one title): it yields when most rows cannot hold that many values.
  const holds = (n: number): boolean => data.filter((r) => r.line!.range!.max >= n).length * 2 > data.length;
  // Years over the columns count them exactly: the count wins whenever the rows allow it.
  const counted = headLines.some((h) => isTitledYearLine(h.src.raw) || isYearHeader(h) || isYearLine(h));
  // A row whose label ends in a year ("Totalt 2006 12 699 …") reads one value more than the header names: the year is its label's (label-number.ts).
  // So does one whose label ends in a small number ("Fas 3", "Projekt 12", "Insats 4.2").
  const labelYear = (l: Line): boolean =>
    l.runAt > 0 && (YEAR.test(l.toks[l.runAt]!.text) || (labelNumbers && ownLabelNumber(l))) && named !== null && countRange(l.toks.slice(l.runAt + 1).map((t) => t.text), noteCol)?.min === named;
  const over = named === null ? [] : data.filter((r) => r.line!.range!.min > named);
  // Other rows too wide for it may close the table (the table ends before them, as below).
  const closing = over.filter((r) => !labelYear(r.line!));
  const closes = closing.every((r, k) => data.indexOf(r) === data.length - closing.length + k);
  const fitsNamed = named !== null && (named >= mins[0]! || (over.length * 2 <= data.length && closes && over.length > closing.length));
  const counts = fitsNamed && (holds(named) || counted) ? named : mins[1]!;
  // Under a header that does not count the columns, one row with a value more than the rest: the others lost an empty last cell (blank-tail.ts).
  const blankTail = counts === named ? null : blankTailWidth(data.map((r) => r.line!.range!), counts, minRows, data.map((r) => r.line!.toks[r.line!.runAt]?.text ?? ''));
  const base = blankTail ?? counts;
  // Sums between the columns are weighed over every reading of every row; a table whose rows read in
  // too many ways in all (wide single-spaced rows of small groups) gives no such evidence, rather
  // than minutes of search: its rows are read by sizes alone, as uncertain as that is.
  let readingsLeft = EVIDENCE_READINGS;
  for (const r of data) readingsLeft -= countReadings(runOf(r.line!), base, false, EVIDENCE_READINGS) + countReadings(runOf(r.line!), base + 1, false, EVIDENCE_READINGS);
  const evidence = readingsLeft >= 0;
  const readingsAt = (l: Line, w: number): (Decimal | null)[][] => (evidence ? fullReadings(l, w) : []);
  const sumWider = blankTail === null && base !== named && !noteCol && evidence && sumNeedsOneMoreColumn(data.map((r) => readingsAt(r.line!, base)), data.map((r) => readingsAt(r.line!, base + 1)));
  // A table closed by its total: the count at which the rows add up to it, when the header does not fix it (sum-width.ts).
  const closedByTotal = blankTail === null && !noteCol && !counted && !stacked && data.filter((r) => isTotalLabelText(labelText(r.line!).split(/\s+/)[0] ?? '')).length === 1;
  const width = !closedByTotal || !evidence ? base + (sumWider ? 1 : 0) : widthBySums(base + (sumWider ? 1 : 0), mins[0]!, Math.min(...data.map((r) => r.line!.range!.max)), (w) => solveBySums(sumRowsAt(data.map((r) => r.line!), w), w) !== null);
  // A header that names every column (one title each, or a year each) lets a wide table be read as wide as it says.
  const wide = ((stacked || headLines.length > 0) && width === named) || exportRows(data.map((r) => r.line!.toks.slice(r.line!.runAt).map((t) => t.text)));
  if (width < 2 || width > (wide || readsOneWay(data.map((r) => r.line!), width, noteCol, minRows) ? MAX_STACKED_COLUMNS : MAX_COLUMNS)) return null;
  giveBackLabelNumbers(data.map((r) => r.line!), width, (run) => countRange(run, noteCol));
  // A year closing a label, in the labels' place left of every column (label-year-gap.ts).
  giveBackGappedLabelYears(data.map((r) => r.line!), width, WIDE_GAP, (run) => countRange(run, noteCol));
  // Under a note column, a year where a row's note would stand is its label's (label-number.ts).
  if (noteCol && counted) giveBackNoteYears(data.map((r) => r.line!), width - (groupNotes?.length ?? 1), (run) => countRange(run, noteCol));
  // A label's section number ("Insats 4.2") is one figure too many as well: the label's.
  if (labelNumbers) for (const r of data) giveBackSectionNumber(r.line!, width, noteCol);
  // Under a note column, a row without a note fills every column but that one.
  const fills = noteCol && counted ? width - (groupNotes?.length ?? 1) : width;
  // Under a header of years two full rows fix the width of a table of three rows or more (full-rows-under-years.ts).
  if (data.filter((r) => r.line!.range!.max >= fills).length < fullRowsNeeded(minRows, headLines.length === 1 && isYearHeader(headLines[0]!) && width === named, data.length) && blankTail === null) return null;
  // A row that needs more columns than that ends the table.
  const cut = body.findIndex((r) => r.line !== null && r.line.range!.min > width);
  const rows = joinZeroWrappedLabels(cut >= 0 ? body.slice(0, cut) : body);
  while (rows.length > 0 && rows[rows.length - 1]!.line === null) rows.pop();
  if (cut >= 0) {
    if (rows.filter((r) => r.line !== null).length < minRows) return null;
    end = rows[rows.length - 1]!.at + 1;
  }

  const titles =
    stacked && width === stacked.titles.length
      ? { label: stacked.label ?? '', columns: stacked.titles }
      : subtitled && width === subtitled.columns.length
        ? { ...subtitled, title: undefined }
        : titlesUnderGroups(headLines, width, noteCol) ?? titlesUnderTitleLines(headLines, width, noteCol) ?? columnTitles(headLines, width, noteCol);
  // Title lines above one-word column heads name the table.
  const titleLines = headLines.slice(0, titles.title ?? 0);
  const headCaption: TextLine | null =
    titleLines.length > 0 ? { text: titleLines.map((h) => h.src.raw.trim()).join(' '), location: toTextLine(file, titleLines[0]!.src).location } : null;
  const headerRow = (): GridRow[] => {
    if (headLines.length === 0) return [];
    const anchor = headLines[0]!.src;
    const cells: GridCell[] = [titles.label, ...titles.columns].map((text) => ({ ...emptyCell(file, anchor), text, header: true }));
    const groups = 'groups' in titles ? titles.groups : undefined;
    if (!groups) return [{ cells, location: { file, line: anchor.line } }];
    // Group titles over their columns: a row above the titles, each spanning its group.
    const tops: GridCell[] = [{ ...emptyCell(file, anchor), text: '', header: true }, ...groups.map((g) => ({ ...emptyCell(file, anchor), text: g.text, header: true, colspan: g.span }))];
    return [{ cells: tops, location: { file, line: anchor.line } }, { cells, location: { file, line: anchor.line } }];
  };
  // The header row of a table headed by a line of its own: its titles over the first columns.
  const titledRow = (src: SourceLine, own: string[]): GridRow[] => {
    const cells: GridCell[] = ['', ...own, ...new Array<string>(width - own.length).fill('')].map((text) => ({ ...emptyCell(file, src), text, header: true }));
    return [{ cells, location: { file, line: src.line } }];
  };
  // Rows set apart by single spaces, most of them: there a wide gap is unusual, and stands for empty cells (in a padded table it is padding).
  const singleSpaced = data.filter((r) => wideGaps(r.line!.toks).length > 0).length * 2 < data.length;
  const grids: Grid[] = [];
  let gridRows: GridRow[] = headerRow();
  let caption: SourceLine | null = null;
  let closed = false;
  let cutByTotals = false;
  let closedBy = '';
  const finish = (): void => {
    if (gridRows.length > 0) {
      // In a monospace table the figures' places show the columns, an empty cell a wider gap (column-positions.ts).
      if (!noteCol && !groupNotes) placeByColumnEnds(gridRows, width, (d) => d === DOUBT_FEWER || d === DOUBT_SPLIT);
      placeShortParts(gridRows, width);
      // A short row where the sums between columns hold (short-row-by-relations.ts), or, in a
      // statement, above a result line where the result adds up (short-row-by-result.ts).
      const shortRow = (row: GridRow): boolean => row.cells.some((c) => c.uncertain === DOUBT_FEWER);
      const valueCols = noteCol ? width - 1 : width;
      // A short row whose groups split one value a column where every such sum holds is so split (full-split-by-relations.ts).
      if (!noteCol && !groupNotes) splitShortRowsByRelations(gridRows, width, 1, shortRow, (toks) => splits(toks, width, false), valueOf, DOUBT_SPLIT);
      // Both place a short row among the columns after one note column: not where each group has its own.
      const byRelations = groupNotes ? new Set<GridRow>() : placeShortRowsByRelations(gridRows, valueCols, noteCol ? 2 : 1, shortRow);
      if (!groupNotes) placeShortRowsByResult(gridRows, valueCols, noteCol ? 2 : 1, (row) => shortRow(row) && !byRelations.has(row));
      // A note run into a row's first figure, set apart where only so a result line below adds up (note-by-result.ts).
      if (noteCol && !groupNotes) readNotesByResult(gridRows, valueCols, 2);
      // A row of group titles (cells spanning columns) stands over the header row.
      const headerRows = !gridRows[0]!.cells.every((c) => c.header) ? 0 : gridRows[0]!.cells.some((c) => c.colspan > 1) ? 2 : 1;
      const g: Grid = { kind: 'grid', source: 'spaced', caption: null, rows: gridRows, headerRows };
      if (caption) g.caption = toTextLine(file, caption);
      else if (headCaption) g.caption = headCaption;
      const captionLine = header.find((h) => h.caption !== undefined);
      if (!g.caption && captionLine) g.caption = toTextLine(file, captionLine.caption!.src, 0, captionLine.caption!.to);
      const unitLine = header.find((h) => h.unit !== undefined);
      if (unitLine) g.unitNote = toTextLine(file, unitLine.unit!.src, unitLine.unit!.tok.from, unitLine.unit!.tok.to);
      grids.push(g);
    }
  };
  const side = noteCol ? null : rowSumSide(rows.filter((r) => r.line !== null).map((r) => [...readingsAt(r.line!, base), ...(sumWider ? readingsAt(r.line!, width) : [])]));
  // The first rows have no rows above them to size their columns by: a first reading of every row lends them the table's sizes.
  const sizing = new RowReader(width, noteCol, side, [], groupNotes);
  // Rows that split one way only size the columns first: a row above them that splits several ways is then weighed by their sizes.
  for (const r of certainFirst(rows, (l: Line) => splits(runOf(l), width, noteCol, 2).length === 1)) if (r.line) sizing.read('', r.line);
  const rowLines = rows.flatMap((r) => (r.line ? [r.line] : []));
  const filled = rowLines.length >= MIN_ROWS && rowLines.every((l) => (countRange(runOf(l), noteCol)?.max ?? 0) >= width);
  const reader = new RowReader(width, noteCol, side, sizing.typicalSizes(), groupNotes, certainSizes(rowLines, width, noteCol), filled, noteCol ? printedDecimals(rowLines.map(runOf)) : null);
  // Rows read in full by their sum tell the sizes of every column before any short row is placed.
  if (side !== null) reader.seed(data.map((r) => readingsAt(r.line!, width)).flatMap((ways) => {
    const held = readingsWithRowSum(ways, side);
    return held.length === 1 ? [ways[held[0]!]!] : [];
  }));
  // A small table closed by a total: the one reading whose columns add up to it splits its rows (column-sum-splits.ts).
  // A row that splits several ways, one of them showing the sums between columns the rows that split one way show (column-relations.ts).
  if (!noteCol) reader.fix(new Map([...readingsByRelations(data.map((r) => r.line!), width), ...readingsBySums(data.map((r) => r.line!), width)]));
  // A table that prints each empty cell as a space of its own: the gaps place a row's figures (empty-cell-spaces.ts).
  if (!groupNotes) reader.byEmptyCells(readingsByEmptyCells(data.map((r) => r.line!), width, noteCol));
  for (let n = 0; n < rows.length; n++) {
    const r = rows[n]!;
    // A total row, then a blank line and a heading: the heading begins a new part. Once the
    // table is cut into parts so, a blank line and a heading over rows begin one without a total
    // too (a committee with one row and no "Summa" under it).
    const headsPart = r.line === null && rows[n + 1]?.line != null;
    // A total that names its section, in a statement, closes a section of the same table (statement-sections.ts).
    const section = r.line === null && closed && !cutByTotals && continuesStatement(closedBy, gridRows.filter((g) => !g.cells[0]!.header).map((g) => g.cells[0]!.text), partLabels(rows, n + 1, lines));
    // A note's title over figures (note-line.ts) begins the next note, a table of its own under the same header.
    const nextNote = headsPart && r.label.length === 1 && isNoteLine(r.label[0]!.raw) && gridRows.some((g) => !g.cells[0]!.header);
    const newPart = r.line === null && !section && (((closed || (cutByTotals && headsPart)) && blankBefore(lines, r.label[0]!)) || nextNote);
    // A heading that names the unit of the rows under it, under rows that state none, heads a table of its own (unit-heading.ts).
    const unitPart = !newPart && headsPart && r.label.length === 1 && headingNamesUnit(r.label[0]!.raw) && gridRows.some((g) => !g.cells[0]!.header) && gridRows.every((g) => !headingNamesUnit(g.cells[0]!.text));
    if (newPart || unitPart) {
      if (newPart && closed) cutByTotals = true;
      finish();
      gridRows = headerRow();
      caption = r.label[0]!;
      reader.section();
      closed = false;
      continue;
    }
    // A line with column titles of its own over rows heads a table of its own (repeated-header.ts).
    const titled = r.line === null && r.label.length === 1 && rows[n + 1]?.line != null && gridRows.some((g) => !g.cells[0]!.header) ? headsNextTable(r.label[0]!.raw, headerWords) : null;
    if (titled && (titled.same || titled.titles.length <= width)) {
      finish();
      gridRows = titled.same ? headerRow() : titledRow(r.label[0]!, titled.titles);
      caption = { ...r.label[0]!, raw: titled.subject };
      reader.section();
      closed = false;
      continue;
    }
    // A heading directly under the header names the first part.
    if (r.line === null && n === 0 && headLines.length > 0 && rows.length > 1 && rows[1]!.line !== null) {
      caption = r.label[0]!;
      continue;
    }
    const labelCellOf = (): GridCell => {
      const parts = r.label.map((s) => toGridCell(file, s, 0, s.raw.trimEnd().length));
      const own = r.line && r.line.runAt > 0 ? toGridCell(file, r.line.src, 0, r.line.toks[r.line.runAt - 1]!.to) : null;
      const notes = (r.notes ?? []).map((s) => toGridCell(file, s, 0, s.raw.trimEnd().length));
      const all = [...(own ? [...parts, own] : parts), ...notes];
      if (all.length === 0) return emptyCell(file, r.line!.src);
      const first = { ...all[0]! };
      // A footnote number set against the last word ("räntor2") or a closing parenthesis ("(1, 2 §§)1") is a note, not part of the label.
      first.text = all.map((c) => c.text.trim()).join(' ').replace(/(?<=[a-zåäö]{3}|\))\d$/, '');
      return first;
    };
    const label = labelCellOf();
    // A row whose label states a unit, under rows that state none, begins a part in that unit (unit-section.ts).
    if (r.line !== null && r.line.runAt > 0 && statesUnit(label.text) && !statesUnit(headCaption?.text ?? '') && gridRows.some((g) => !g.cells[0]!.header) && gridRows.every((g) => !statesUnit(g.cells[0]!.text))) {
      finish();
      gridRows = headerRow();
      caption = { ...r.line.src, raw: r.line.src.raw.slice(0, r.line.toks[r.line.runAt - 1]!.to) };
      reader.section();
      closed = false;
    }
    const cells: GridCell[] = [label];
    if (r.line === null) {
      reader.section();
      for (let c = 0; c < width; c++) cells.push(emptyCell(file, r.label[0]!));
    } else {
      const placed = reader.read(label.text, r.line);
      // A row with fewer values than columns: spaces print no empty cell, so where its values stand is a reading.
      const short = placed.values.filter((v) => v).length < width;
      // Unless a wide gap before its values stands for the empty cells: the values close the row.
      // (Under a note column the gap is the empty note's, and the values stand where they stand.)
      if (short && !placed.byGaps && !noteCol && singleSpaced && r.line.runAt > 0 && wideGapAt(r.line.toks) === r.line.runAt) {
        const filled = placed.values.filter((v) => v);
        placed.values = [...new Array<null>(width - filled.length).fill(null), ...filled];
      }
      for (let c = 0; c < width; c++) {
        const v = placed.values[c];
        if (!v) {
          cells.push(emptyCell(file, r.line.src));
          continue;
        }
        const toks = r.line.toks.slice(r.line.runAt);
        const cell = toGridCell(file, r.line.src, toks[v.from]!.from, toks[v.to - 1]!.to);
        cell.text = cell.text.replace(/\u2011/g, '-').replace(SPACED_HUNDRED, '1');
        if (placed.doubt) cell.uncertain = placed.doubt;
        // Even a split that fits one way rests on digit groups and a column count, not on printed columns.
        else cell.readBy = 'spaced';
        if (short && !placed.byGaps) cell.placedByGuess = true;
        cells.push(cell);
      }
    }
    gridRows.push({ cells, location: cells[0]!.location });
    closed = r.line !== null && isTotalLabelText(cells[0]!.text.split(/\s+/)[0] ?? '');
    closedBy = cells[0]!.text;
  }
  finish();
  return { grids: blankTail === null ? grids : grids.map(putShortRowsLeft), end };
}

/**
 * A header line that wraps mid-title and happens to end in a number ("brott med motsvarande
 * per 100 000" / "invånare …"): it goes on in lower case below a header line and the line under
 * it is words again, which no row of values is followed by in a header.
 */
function wrappedHeadLine(lines: SourceLine[], i: number, headerLines: number): boolean {
  if (headerLines === 0 || i + 1 >= lines.length) return false;
  const l = readLine(lines[i]!, false);
  if (l.runAt === 0 || !/^[a-zåäö]/.test(l.toks[0]!.text)) return false;
  const next = readLine(lines[i + 1]!, false);
  return !isBlank(next.src) && !isData(next) && isWords(next, MAX_HEADER_LINE);
}

/** The line after `k` is a row of two or more values without a label. */
function unlabelledRowNext(lines: SourceLine[], k: number, noteCol: boolean): boolean {
  if (k + 1 >= lines.length) return false;
  const next = readLine(lines[k + 1]!, noteCol);
  return isData(next) && next.runAt === 0 && (next.range?.max ?? 0) >= 2;
}

/** The line after `k` is a row of values with a label of its own. */
function labelledRowNext(lines: SourceLine[], k: number, noteCol: boolean): boolean {
  if (k + 1 >= lines.length) return false;
  const next = readLine(lines[k + 1]!, noteCol);
  return isData(next) && next.runAt > 0;
}

/** A code at `k` over the wrapped lines of its name, then the row's figures (code-wrapped-label.ts). */
function codeOverName(lines: SourceLine[], k: number, noteCol: boolean): boolean {
  return (
    codeWrappedLabelEnd(
      lines.length,
      k,
      (j) => isWords(readLine(lines[j]!, noteCol)),
      (j) => isData(readLine(lines[j]!, noteCol)),
      (j) => lines[j]!.raw,
    ) >= 0
  );
}

/** The row labels of the part that begins at row `from`: up to the next heading after a blank line. */
function partLabels(rows: readonly BodyRow[], from: number, lines: SourceLine[]): string[] {
  const out: string[] = [];
  for (let m = from; m < rows.length; m++) {
    const r = rows[m]!;
    if (r.line === null && r.label.length > 0 && blankBefore(lines, r.label[0]!)) break;
    const own = r.line && r.line.runAt > 0 ? r.line.src.raw.slice(0, r.line.toks[r.line.runAt - 1]!.to) : '';
    out.push([...r.label.map((s) => s.raw.trim()), own.trim()].filter((t) => t !== '').join(' '));
  }
  return out;
}

function blankBefore(lines: SourceLine[], src: SourceLine): boolean {
  const at = lines.indexOf(src);
  return at > 0 && lines[at - 1]!.raw.trim() === '';
}

function emptyCell(file: string, src: SourceLine): GridCell {
  return { text: '', location: { file, line: src.line }, colspan: 1, rowspan: 1, header: false, bold: false };
}

/**
 * Column titles from the header lines. Years name the columns ("Bokslut" / "2023" / "Budget" /
 * "2024" → "Bokslut 2023", "Budget 2024"); otherwise one word or "word number" per column
 * ("Omgång 1"). What is left over names the label column, where a unit ("(mnkr)", "Belopp i
 * tkr") is read; when the words do not fit the columns, the whole header names the label column.
 */
/**
 * Column heads of one word each on one line, the title lines above them, and a line below that
 * finishes the heads broken at a hyphen or wrapped:
 *
 *   Skatter 2018. Jämförelse           (title lines: the caption)
 *   Alby Berga Norra Stor- Lång-       (a word per column)
 *   Dalby Alby tidsmedel               (finishes the heads up to the last one broken at "-")
 *
 * → "Norra Dalby", "Stor-Alby", "Långtidsmedel": the words of the last line finish the heads
 * that end at the last broken one (a hyphen before a capital stays, before a small letter it
 * was hyphenation). Without a head broken at a hyphen the words could finish any heads, and
 * nothing is assigned.
 */
function wrappedWordHeader(head: Line[], valueCols: number): { label: string; columns: string[]; title: number } | null {
  const lastOf = <T>(xs: readonly T[], ok: (x: T) => boolean): number => {
    for (let i = xs.length - 1; i >= 0; i--) if (ok(xs[i]!)) return i;
    return -1;
  };
  const at = lastOf(head, (h) => h.toks.length === valueCols && h.toks.every((t) => !/\d/.test(t.text)));
  if (at < 0 || at < head.length - 2) return null;
  const cols = head[at]!.toks.map((t) => t.text);
  const rest = head[at + 1]?.toks.map((t) => t.text) ?? [];
  if (rest.length > 0) {
    const last = lastOf(cols, (c) => /\p{L}-$/u.test(c));
    if (last < 0 || rest.length > last + 1) return null;
    rest.forEach((w, k) => {
      const c = last - rest.length + 1 + k;
      const head = cols[c]!;
      cols[c] = !head.endsWith('-') ? `${head} ${w}` : /^\p{Lu}/u.test(w) ? head + w : head.slice(0, -1) + w;
    });
  }
  return { label: '', columns: cols, title: at };
}

function columnTitles(head: Line[], width: number, noteCol: boolean): { label: string; columns: string[]; title?: number; groups?: TitleGroups['groups'] } {
  const groupNotes = noteCol ? headNotes(head) : null;
  if (groupNotes) return withGroupNotes(head, width, groupNotes);
  const valueCols = width - (noteCol ? 1 : 0);
  const words = head.flatMap((h) => h.toks.map((t) => t.text)).filter((w) => !(noteCol && isNoteTitle(w)));
  const withNote = (cols: string[]): string[] => (noteCol ? ['Not', ...cols] : cols);
  const whole = { label: head.map((h) => h.src.raw.trim()).join(' '), columns: new Array<string>(width).fill('') };
  if (head.length === 0) return whole;
  // The label column's levels at the left of each line, a wide gap before the columns' titles (stub-title-header.ts).
  const stubbed = noteCol ? null : stubTitleHeader(head.map((h) => h.src.raw), width);
  if (stubbed) return stubbed;
  // Titles that each end in the same unit ("Kvalitet, Antal Budget, Antal"), the lines above them the table's title (unit-titles.ts).
  const unitTitled = noteCol ? null : unitTitles(head[head.length - 1]!.src.raw);
  if (unitTitled && unitTitled.columns.length === valueCols) return { ...unitTitled, title: head.length - 1 };
  const years = words.filter((w) => YEAR.test(w)).length;
  // Titles that each name a year, and one more after the last year ("Utfall 2013 Budget 2013 Avvikelse").
  const lastHead = head[head.length - 1]!.src.raw.trim();
  // One line ending in a run of years, the last maybe open ("≥ 2025"), maybe closed by a total column (short-year-table.ts).
  const yearRun = head.length === 1 && !noteCol ? yearRunTitles(lastHead) : null;
  if (yearRun && yearRun.columns.length === valueCols) return yearRun;
  const titledTail = years === valueCols - 1 && isTitledYearLine(lastHead) && !YEAR.test(lastHead.split(/\s+/).pop() ?? '');
  // A title of words standing in the place of one of the years (title-in-year-run.ts).
  const amongYears = years === valueCols - 1 && !titledTail ? titleInYearRun(lastHead) : null;
  if (years === valueCols || titledTail || amongYears !== null) {
    // Words on the first line, when other lines hold the years, name the label column (and the unit).
    const firstHasYear = head[0]!.toks.some((t) => YEAR.test(t.text));
    const titleWords = firstHasYear ? words : head.slice(1).flatMap((h) => h.toks.map((t) => t.text)).filter((w) => !(noteCol && isNoteTitle(w)));
    const label: string[] = firstHasYear ? [] : head[0]!.toks.map((t) => t.text).filter((w) => !(noteCol && isNoteTitle(w)));
    const cols: string[] = [];
    let acc: string[] = [];
    for (const w of titleWords) {
      if (!YEAR.test(w)) {
        acc.push(w);
        continue;
      }
      if (amongYears !== null && cols.length > 0 && acc.join(' ') === amongYears) {
        cols.push(amongYears);
        acc = [];
      }
      // The stub's unit heading on the line of years ("Belopp i mnkr 2018 2019") names the rows, not the first year (stub-unit.ts):
      // it goes on from the words above ("Belopp i miljoner" / "kronor 2023 2024"). So do any words before the years of a line
      // whose every other column a year alone titles (stubTitleWords): the label column's own titles, before those over the groups.
      if (cols.length === 0 && !firstHasYear) {
        const [lead, after] = yearLineParts(head);
        const unit = stubUnitWords(lead, after);
        const stub = acc.splice(acc.length - (unit || stubTitleWords(lead, after)));
        if (unit > 0) label.push(...stub);
        else label.unshift(...stub);
      }
      // Words before the first year on one line name the rows, unless the lines wrap one title each.
      if (cols.length === 0 && firstHasYear) {
        // Titles that each name a year ("Bokslut 2014 Budget 2015"): the word before the first year is its title.
        const own = isTitledYearLine(head[0]!.src.raw) && !hasYearsSideBySide(head[0]!.src.raw) ? acc.splice(acc.length - 1) : [];
        label.push(...acc);
        acc = own;
      }
      cols.push([...acc, w].join(' '));
      acc = [];
    }
    if (titledTail) cols.push(acc.join(' '));
    // Every title but the first names its year after a word ("Budget 2021", "Plan 2023"): the first one's
    // word was left at the end of the stub's line ("mnkr Not Bokslut" / "2020" / "Budget" / "2021" …).
    const lastWord = label[label.length - 1];
    if (!firstHasYear && cols.length > 2 && YEAR.test(cols[0]!) && cols.slice(1).every((c) => /^\p{Lu}\p{Ll}+ /u.test(c)) && lastWord !== undefined && /^\p{Lu}\p{Ll}+$/u.test(lastWord) && label.length > 1 && !UNIT_WORD_ALONE.test(lastWord)) {
      cols[0] = `${label.pop()!} ${cols[0]}`;
    }
    // Group titles on the stub's line over titles that begin again (repeated-title-groups.ts).
    const grouped = !firstHasYear ? repeatedTitleGroups(label, cols) : null;
    if (grouped) return { label: grouped.label.join(' '), columns: withNote(cols), groups: noteCol ? [{ text: '', span: 1 }, ...grouped.groups] : grouped.groups };
    return { label: label.join(' '), columns: withNote(cols) };
  }
  // One line of cells copied without separators ("ÅrAndel (%)Antal"): a capital letter right after
  // a small letter or a closing parenthesis begins the next cell.
  if (head.length === 1) {
    const cells = head[0]!.src.raw.trim().split(GLUED).map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length === width + 1) return { label: cells[0]!, columns: cells.slice(1) };
  }
  const wrapped = wrappedWordHeader(head, valueCols);
  // A title that opens in lower case ("belopp") is the rest of one wrapped from the line above (header-titles.ts).
  const fromAbove = wrapped && wrapped.columns.some((c) => /^[a-zåäö]/.test(c)) ? headerTitles(head.map((h) => h.src.raw), valueCols) : null;
  if (fromAbove && !noteCol) return fromAbove;
  if (wrapped && !noteCol) return wrapped;
  // Years side by side after words ("Kommun Förändring mot föregående år 1999 1998", one value more than
  // years): every year a title of its own, the words before the first one a title too, not that year's;
  // a code column's title may stand before the label's ("Kod Kommun Förändring … 1999 1998").
  const apart = head.length === 1 && !noteCol && hasYearsSideBySide(head[0]!.src.raw) ? titleGroups(words, true) : null;
  if (apart && apart.length === valueCols + 1) return { label: apart[0]!, columns: apart.slice(1) };
  if (apart && apart.length === valueCols + 2 && CODE_TITLE.test(apart[0]!) && !UNIT_WORD_ALONE.test(apart[1]!)) return { label: `${apart[0]} ${apart[1]}`, columns: apart.slice(2) };
  // One line: its titles (lineTitles).
  const joined = lineTitles(words);
  // A line indented where the label column's title would stand titles the columns of values only ("  Järnväg Sjöfart … Summa").
  if (joined.length === valueCols && head.length === 1 && (EMPTY_STUB.test(head[0]!.src.raw) || numberedFromFirst(head[0]!.src.raw, joined))) return { label: '', columns: withNote(joined) };
  // A code's title ("Kod") heads the codes before the labels, never a column of values: such a cut is wrong.
  if (joined.length === valueCols + 1 && !joined.slice(1).some((w) => CODE_ONLY_TITLE.test(w))) return { label: joined[0]!, columns: withNote(joined.slice(1)) };
  // A code column's title before the label's ("Kod Län Antal Andel" over "01 Stockholms län 1 250 12,5"):
  // single spaces cannot set the code apart from the name, so both titles head the one label column.
  if (joined.length === valueCols + 2 && CODE_TITLE.test(joined[0]!) && !/\d/.test(joined[1]!)) return { label: `${joined[0]} ${joined[1]}`, columns: withNote(joined.slice(2)) };
  // Or after it ("Län Länskod Antal" over "Stockholms län 01 1 250"): the code ends the label.
  if (joined.length === valueCols + 2 && codeAfterLabel(joined)) return { label: `${joined[0]} ${joined[1]}`, columns: withNote(joined.slice(2)) };
  // Titles of several words each, cut where a capital opens the next (capital-titles.ts).
  const capitals = head.length === 1 ? capitalTitles(words, valueCols) : null;
  if (capitals) return { label: capitals.label, columns: withNote(capitals.columns) };
  // Titles over several lines, cut at capitals, years and title words, lines above them a caption (header-titles.ts).
  for (let k = 0; k < head.length && !noteCol; k++) {
    const split = headerTitles(head.slice(k).map((h) => h.src.raw), valueCols);
    if (split) return { ...split, title: k };
  }
  // The last line's titles cut at capitals as a header of one line is (capital-titles.ts), the lines above a caption.
  const lastCapitals = head.length > 1 && !noteCol ? capitalTitles(head[head.length - 1]!.toks.map((t) => t.text), valueCols) : null;
  if (lastCapitals) return { label: lastCapitals.label, columns: lastCapitals.columns, title: head.length - 1 };
  return whole;
}

/**
 * A line of group titles right over the column titles (group-title-line.ts): the titles the
 * lines under it give, each group spanning its columns; lines above it are the table's title.
 */
function titlesUnderGroups(head: Line[], width: number, noteCol: boolean): ReturnType<typeof columnTitles> | null {
  if (noteCol || head.length < 2) return null;
  const at = head.length - 2;
  const read = columnTitles(head.slice(at + 1), width, false);
  const under = read.columns.every((c) => c === '') ? (titlesEachAColumn(head[at + 1]!, width) ?? read) : read;
  if (under.groups || (under.title ?? 0) > 0 || under.columns.length !== width) return null;
  const groups = groupTitleLine(head[at]!.src.raw, under.columns);
  return groups ? { ...under, groups, title: at } : null;
}

/**
 * A line under group titles whose titles, cut at capitals and with every year a title of its own,
 * are as many as the value columns ("2017 Förändring, % 2017 Förändring, %"): each titles one
 * column and the label column has none. Standing alone the first title could as well be the label
 * column's; only groups the titles repeat under (groupTitleLine, which the caller asks) settle it.
 */
function titlesEachAColumn(line: Line, width: number): ReturnType<typeof columnTitles> | null {
  const titles = titleGroups(line.toks.map((t) => t.text), true);
  return titles !== null && titles.length === width ? { label: '', columns: titles } : null;
}

/**
 * Lines over a line of titles that each close with a small number ("Utbetalda medel" / "Kod Kommun
 * Del 1 Del 2 Del 3") and that are no groups of its columns: the line titles the columns, as it does
 * standing alone (headerCount counts them so), and the lines above name the table.
 */
function titlesUnderTitleLines(head: Line[], width: number, noteCol: boolean): ReturnType<typeof columnTitles> | null {
  if (noteCol || head.length < 2) return null;
  const last = head[head.length - 1]!;
  if (!isTitledNumberLine(last.src.raw) || head.some((h) => h.toks.some((t) => YEAR.test(t.text)))) return null;
  const under = columnTitles([last], width, false);
  if (under.groups || (under.title ?? 0) > 0 || under.columns.length !== width) return null;
  return { ...under, title: head.length - 1 };
}

/**
 * Titles under a header whose groups each have a note column: the titles the header gives
 * without its note titles, with "Not" put back at each note column and each group title
 * spanning its note column too.
 */
function withGroupNotes(head: Line[], width: number, notes: readonly number[]): { label: string; columns: string[]; title?: number; groups?: TitleGroups['groups'] } {
  const bare = head.map((h) => {
    const raw = h.src.raw.replace(/(?<=^|\s)(?:Not(?:er)?|NOT(?:ER)?)\.?(?=\s|$)/g, '').replace(/\s{2,}/g, ' ');
    return readLineNow({ ...h.src, raw }, false);
  });
  const inner = columnTitles(bare, width - notes.length, false);
  const columns = [...inner.columns];
  for (const at of notes) columns.splice(at, 0, 'Not');
  if (!inner.groups) return { ...inner, columns };
  // A group's span grows by the note columns among its columns (each note column opens its group).
  let c = 0;
  const groups = inner.groups.map((g) => {
    const from = c;
    let span = g.span;
    for (let k = from; k < from + span; k++) if (notes.includes(k)) span++;
    c += span;
    return { ...g, span };
  });
  return { ...inner, columns, groups };
}

/**
 * How many of `lead`, the words before the first year on a header line under lines of titles, title
 * the label column besides a unit (stub-unit.ts): any few words when the line goes on with years only
 * ("Kod Post 2010 2011 2012" under "Utfall Budget"): every other column is titled by its year alone,
 * so the words are no first column's title but the stub's, where a code column's title is read
 * (code-led-label.ts).
 */
function stubTitleWords(lead: readonly string[], afterFirstYear: readonly string[]): number {
  return lead.length <= MAX_STUB_WORDS && afterFirstYear.length > 0 && afterFirstYear.every((w) => YEAR.test(w)) ? lead.length : 0;
}
/** A stub's titles are a few words ("Kod Post", "Konto Belopp i tusental kronor"). */
const MAX_STUB_WORDS = 6;

/** The words before and after the first year on the first header line that has one. */
function yearLineParts(head: Line[]): [string[], string[]] {
  const words = head.find((h) => h.toks.some((t) => YEAR.test(t.text)))?.toks.map((t) => t.text) ?? [];
  const at = words.findIndex((w) => YEAR.test(w));
  return at < 0 ? [[], []] : [words.slice(0, at), words.slice(at + 1)];
}

/** A unit alone, the stub's title ("Mnkr", "Tkr"): no column's title. */
const UNIT_WORD_ALONE = /^(?:tkr|mnkr|mkr|mdkr|kr|kronor|sek|tsek|msek)$/i;

/** How many value columns the header names: its years, or its words (a number joined to the word before it). */
const GLUED = /(?<=[a-zåäö)%])(?=[A-ZÅÄÖ])/;

/** The note columns of a header whose groups of columns each have one (group-notes.ts), or null. */
function headNotes(head: Line[]): number[] | null {
  for (const h of head) {
    const notes = groupNoteColumns(h.toks.map((t) => t.text));
    if (notes) return notes;
  }
  return null;
}

/**
 * The titles of a one-line header: a word per title, a number joined to the word before it
 * ("Budget 2013", "Förändring 2012/2013", "Kvartal 3"). Titles open with a capital letter: words in
 * lower case go on the title before them ("Summa för utbetalning", "Immateriella tillgångar",
 * "Belopp i mnkr"), when that leaves a title for the labels and one at least for the values. Rows
 * that need more values still overrule the count. A caption ("Tabell 4. Antal platser 2021
 * Kvinnor") or a sentence is no row of titles.
 */
function lineTitles(words: string[]): string[] {
  const byWords: string[] = [];
  for (const w of words) {
    if ((/^\d{1,2}$/.test(w) || /^\d{4}(?:[/–-]\d{2,4})?$/.test(w)) && byWords.length > 0 && !/^\d/.test(byWords[byWords.length - 1]!)) byWords[byWords.length - 1] += ` ${w}`;
    else byWords.push(w);
  }
  const byCapitals = words.some((w) => /[.:;!?]$/.test(w)) ? null : titleGroups(words);
  return byCapitals !== null && byCapitals.length >= 2 && byCapitals.length < byWords.length ? byCapitals : byWords;
}

/**
 * A line of titles that each close with a small number, the first among them ("Period 1 Period 2
 * Del 3", "Kvartal 1 Kvartal 2"): every title heads a column of values, since a label column's
 * title ("Kommun", "Län") ends in no number; the label column's title is left empty.
 */
function numberedFromFirst(raw: string, titles: readonly string[]): boolean {
  return isTitledNumberLine(raw) && titles.length >= 2 && titles.every(isColumnNumberTitle);
}

function headerCount(head: Line[], noteCol: boolean): number | null {
  if (head.length === 0) return null;
  const unitTitled = noteCol ? null : unitTitles(head[head.length - 1]!.src.raw);
  if (unitTitled) return unitTitled.columns.length;
  if (head.length === 1) {
    const glued = head[0]!.src.raw.trim().split(GLUED).length;
    if (glued >= 3) return glued - 1;
  }
  const words = head.flatMap((h) => h.toks.map((t) => t.text));
  const years = words.filter((w) => YEAR.test(w)).length;
  // Years in a title line, set apart by words ("Produktionskapacitet 2006 och 2001 (MW)"), over a line of
  // column titles without years: the title names the table, the line under it counts the columns.
  const last = head[head.length - 1]!;
  const titleYears = head.length >= 2 && !last.toks.some((t) => YEAR.test(t.text)) && last.toks.length >= 3 && !head.some((h) => hasYearsSideBySide(h.src.raw));
  if (titleYears && years >= 2) return headerCount([last], noteCol);
  // Lines of group titles over a line of titles that each close with a small number ("Utfall Budget" /
  // "Kommun Del 1 Del 2 Del 1 Del 2"): that line counts the columns, as a line of years does.
  if (head.length >= 2 && years === 0 && isTitledNumberLine(last.src.raw)) return headerCount([last], noteCol);
  // A run of years, the last maybe open ("≥ 2025", "2025-"), maybe closed by a total column (short-year-table.ts).
  const run = head.length === 1 && !noteCol ? trailingYearRun(last.src.raw) : 0;
  if (run > 0) return run;
  if (years >= 2) return years + head.reduce((n, h) => n + titledSpans(h.src.raw), 0) + (noteCol ? (headNotes(head)?.length ?? 1) : 0) + (head.some((h) => endsInTitleAfterYears(h.src.raw)) ? 1 : 0) + (head.some((h) => titleInYearRun(h.src.raw) !== null) ? 1 : 0);
  if (head.length !== 1) return noteCol ? null : stubTitleCount(head.map((h) => h.src.raw));
  const joined = lineTitles(words);
  // An indented line leaves the label column's title empty: every word titles a column of values (see columnTitles).
  if (EMPTY_STUB.test(head[0]!.src.raw) && joined.length >= 3) return joined.length;
  // So does a line of numbered titles from its first ("Period 1 Period 2 Del 3"): no label column's title ends in a number.
  if (numberedFromFirst(head[0]!.src.raw, joined)) return joined.length;
  // A code column's title before the label's heads no column of values (see columnTitles).
  const labels = (CODE_TITLE.test(joined[0] ?? '') && joined.length >= 4 && !/\d/.test(joined[1]!)) || (joined.length >= 4 && codeAfterLabel(joined)) ? 2 : 1;
  return joined.length >= 3 ? joined.length - labels : null;
}

interface Placed {
  /** Per column, the tokens of its value (relative to the run), or null for an empty cell. */
  values: (Span | null)[];
  /** Why the reading is uncertain, or null. */
  doubt: string | null;
  /** Placed by the spaces the page prints for its empty cells (empty-cell-spaces.ts). */
  byGaps?: true;
}

/** More readings than this of one row are not tried: the row is read as uncertain from fewer. */
const MAX_CANDIDATES = 50_000;

/**
 * Splits rows into values and places them in columns, keeping what the rows read so far say:
 * the column sums since the last total (for the total rows) and the sizes of each column's values.
 */
class RowReader {
  private sums: (Decimal | null)[];
  private readonly sizes: number[][];
  constructor(
    private readonly width: number,
    private readonly noteCol: boolean,
    /** The table's row-sum column, when its rows show one (row-sum-column.ts). */
    private readonly rowSum: RowSumSide | null = null,
    /** Per column, the typical digits of its values in the whole table, for a column with none above yet. */
    private readonly prior: (number | null)[] = [],
    /** The note columns, when each group of columns has its own (group-notes.ts). */
    private readonly groupNotes: readonly number[] | null = null,
    /** Per column, the typical digits of its values in the rows that split into every column one way only (certainSizes). */
    private readonly certain: (number | null)[] | null = null,
    /** Every row of the table can hold a value in every column: no row shows an empty cell. */
    private readonly filled = false,
    /** Every figure of the table prints this many decimals (printed-decimals.ts): a whole number is no value. */
    private readonly decimals: number | null = null,
  ) {
    this.sums = new Array(width).fill(new Decimal(0));
    this.sizes = Array.from({ length: width }, () => []);
  }

  /** The notes read so far in the note column, in the order of the rows (note-order.ts). */
  private notesRead: number[] = [];

  /** Rows whose split the total row's sums decided: a reading, kept as one. */
  private fixed = new Map<Line, Span[]>();
  fix(rows: Map<Line, Span[]>): void {
    this.fixed = rows;
  }

  /** Rows placed by the spaces the page prints for its empty cells: the page's own columns. */
  private gapped = new Map<Line, (Span | null)[][]>();
  byEmptyCells(rows: Map<Line, (Span | null)[][]>): void {
    this.gapped = rows;
  }

  /** Of the readings the gaps leave a row, the one the sums or the columns' sizes favour; more than one is a guess. */
  private fromGaps(run: string[], line: Line, readings: (Span | null)[][]): Placed {
    if (readings.length === 1) return { values: readings[0]!, doubt: null, byGaps: true };
    const fixed = this.fixed.get(line);
    const bySums = fixed ? readings.find((r) => sameSpans(fixed, r)) : undefined;
    if (bySums) return { values: bySums, doubt: DOUBT_SPLIT, byGaps: true };
    const options = readings.map((r) => {
      const cols = r.flatMap((sp, c) => (sp ? [c] : []));
      return { s: cols.map((c) => r[c]!), cols };
    });
    return { values: this.likeliest(run, options), doubt: DOUBT_SPLIT, byGaps: true };
  }

  read(label: string, line: Line): Placed {
    const run = line.toks.slice(line.runAt).map((t) => t.text);
    const total = label !== '' && isTotalLabelText(label.split(/\s+/)[0]!);
    const gapped = this.gapped.get(line);
    const read: Placed = gapped ? this.fromGaps(run, line, gapped) : ((total ? this.total(run) : null) ?? this.plain(run));
    // Where the rows' own reading disagrees with the one the total row's sums allow, the sums win, as a reading.
    const fixed = gapped ? undefined : this.fixed.get(line);
    const placed = fixed && !sameSpans(fixed, read.values) ? { values: fixed, doubt: DOUBT_SPLIT } : read;
    this.add(run, placed);
    const note = this.noteCol && this.groupNotes === null && placed.values[0] && placed.values[0].to - placed.values[0].from === 1 ? noteNumber(run[placed.values[0].from]!) : null;
    if (note !== null) this.notesRead.push(note);
    if (total) this.sums = new Array(this.width).fill(new Decimal(0));
    return placed;
  }

  /** Sizes of values known before the rows are read (rows whose row sum fixes them). */
  seed(rows: (Decimal | null)[][]): void {
    for (const vals of rows) vals.forEach((v, c) => {
      const d = digits(v);
      if (d !== null) this.sizes[c]!.push(d);
    });
  }

  /** Per column, the median digits of the values read so far (null for a column without any). */
  typicalSizes(): (number | null)[] {
    return this.sizes.map((xs) => (xs.length === 0 ? null : median(xs)));
  }

  /** Where the section sums restart: a heading between sections. */
  section(): void {
    this.sums = new Array(this.width).fill(new Decimal(0));
  }

  private plain(run: string[]): Placed {
    const w = this.width;
    if (this.groupNotes !== null) return this.grouped(run, this.groupNotes);
    let exact = splits(run, w, this.noteCol);
    // With a note column, a row of as many values as columns has its note first.
    if (this.noteCol) exact = exact.filter((s) => isNoteValue(run, s[0]!, true));
    const range = countRange(run, this.noteCol)!;
    if (exact.length === 1 && (range.min === w || this.noteCol)) return this.noteOrFigure(run, exact[0]!) ?? { values: exact[0]!, doubt: null };
    // The one full reading whose row sum holds is the row as printed.
    const summed = this.rowSum === null ? [] : readingsWithRowSum(exact.map((s) => s.map((sp) => valueOf(run, sp))), this.rowSum);
    if (summed.length === 1) return { values: exact[summed[0]!]!, doubt: null };
    if (summed.length === 0 && this.rowSum !== null && !this.noteCol) {
      const short = this.shortBySum(run, range, this.rowSum);
      if (short) return short;
    }
    if (exact.length >= 1) {
      const full = exact.map((s) => ({ s, cols: s.map((_, c) => c) }));
      // A row that may as well hold fewer, evenly sized values ("12 198 574 12 302 574 12 302 574"
      // under four columns, three of them filled) is weighed against its full splits.
      const fewer = range.min < w && !this.noteCol ? this.fewer(run, range, w) : [];
      const bestFull = exact.length === 1 ? exact[0]! : this.likeliest(run, full);
      // The shorter reading wins only when its values are much more alike in size within the row
      // than the full reading's ("100 | 474 087 | 103 035 087 …" against three values of nine digits).
      // The options share their splits (one per choice of columns): each split is weighed once.
      const shortSplits = [...new Set(fewer.map((o) => o.s))];
      // One value is even with itself: it is weighed by how far it outgrows every column's values so far
      // ("2 308 143 102" under columns of six digits and two is two figures, not one of ten).
      const known = this.typicalSizes().map((t, c) => t ?? this.prior[c] ?? null).filter((t): t is number => t !== null);
      const outgrows = (sp: Span[]): number => {
        const d = sp.length === 1 ? digits(valueOf(run, sp[0]!)) : null;
        return d === null || known.length === 0 ? 0 : Math.max(0, d - Math.max(...known) - 1) ** 2;
      };
      const evenest = shortSplits.reduce<{ s: Span[]; score: number } | null>((m, sp) => {
        const score = unevenness(run, sp) + (w - sp.length) * FEWER_COST + outgrows(sp);
        return m === null || score < m.score ? { s: sp, score } : m;
      }, null);
      const fullScore = unevenness(run, bestFull.filter((v): v is Span => v !== null));
      let values = evenest !== null && evenest.score < fullScore ? this.likeliest(run, fewer.filter((o) => o.s === evenest.s), true) : bestFull;
      // Values alike in size within the row may still be unlike their columns: a shorter reading
      // with a value two digits or more off its column's size, where the full reading has every
      // value within a digit of its column's, is no reading ("17 375 17 925 154 781" under costs
      // of five digits and results of three: four values). Sizes from rows that read one way only.
      if (values !== bestFull) {
        const shortOff = this.offSize(run, values);
        let fitted: { s: Span[]; off: number } | null = null;
        for (const s of exact) {
          const off = this.offSize(run, s);
          if (off !== null && (fitted === null || off < fitted.off)) fitted = { s, off };
        }
        // In a table no row of which shows an empty cell, a row's one full split is as printed unless the shorter reading
        // fits the columns' sizes better ("130 12 730 5 905" under five columns is five values, not "5 905" and a gap).
        const noGap = this.filled && exact.length === 1 && fitted !== null && shortOff !== null && fitted.off <= shortOff;
        if (fitted !== null && shortOff !== null && ((fitted.off <= 1 && shortOff >= 2) || noGap)) values = fitted.s;
      }
      const short = values.filter((v) => v !== null).length < w;
      // The one full split, weighed and kept, is as certain as it was.
      return { values, doubt: short ? DOUBT_FEWER : exact.length === 1 ? null : DOUBT_SPLIT };
    }
    // Fewer values than columns: which columns they stand in is a guess by the sizes of the values above.
    // One value short of a note column's table and no note: the note column is the empty one.
    if (this.noteCol) {
      const fill = splits(run, w - 1, this.noteCol);
      const short = fill.filter((s) => !isNoteValue(run, s[0]!));
      if (short.length === 1) return { values: [null, ...short[0]!], doubt: null };
      // Its first figure may be a note ("13 96 179 105 163"): filling every value column is likelier than a note and a gap, but a guess.
      // Not where every figure prints decimals and this one none ("14 – 0,2 0,0 – 0,2"): that one is the note, a gap follows.
      const wholeNote = this.decimals !== null && fill.length === 1 && isNoteValue(run, fill[0]![0]!);
      if (fill.length === 1 && !wholeNote) return { values: [null, ...fill[0]!], doubt: DOUBT_SPLIT };
    }
    const options: { s: Span[]; cols: number[] }[] = [];
    for (let k = Math.min(range.max, w - 1); k >= range.min && options.length < MAX_CANDIDATES; k--) {
      for (const s of splits(run, k, this.noteCol)) {
        const note = this.noteCol && isNoteValue(run, s[0]!);
        for (const cols of columnChoices(w, k)) {
          // A note column holds only notes.
          if (this.noteCol && (cols[0] === 0) !== note) continue;
          options.push({ s, cols });
          if (options.length >= MAX_CANDIDATES) break;
        }
      }
    }
    if (options.length === 0) {
      // No placing of the figures fits the columns: the run stays, whole, in the first value
      // column, where it reads as no number and is reported, rather than being dropped.
      const values: (Span | null)[] = new Array(w).fill(null);
      values[this.noteCol && w > 1 ? 1 : 0] = { from: 0, to: run.length };
      return { values, doubt: DOUBT_FEWER };
    }
    return { values: this.likeliest(run, options), doubt: DOUBT_FEWER };
  }

  /**
   * A row under a header whose groups each have a note column (group-notes.ts): a note column
   * holds only a note, and a group's first figure that could be a note stands in its note column
   * when that one is empty. Of the readings so, the one whose groups are most alike in size wins
   * ("1 597,7 1 554,7" is two figures, not note 1 and 597,7), then the one with the fewest empty
   * cells, then the one nearest the sizes of the columns so far; more than one reading left is a guess.
   */
  private grouped(run: string[], notes: readonly number[]): Placed {
    const w = this.width;
    const range = countRange(run, true);
    const options: { s: Span[]; cols: number[]; spread: number }[] = [];
    for (let k = Math.min(range?.max ?? 0, w); range !== null && k >= range.min && options.length < MAX_CANDIDATES; k--) {
      for (const s of splits(run, k, true)) {
        const note = s.map((sp) => isNoteValue(run, sp, k === w));
        const sizes = s.map((sp) => spanDigits(run, sp));
        for (const cols of columnChoices(w, k)) {
          const fits = cols.every((c, j) => (notes.includes(c) ? note[j]! : !(note[j]! && notes.includes(c - 1) && !cols.includes(c - 1))));
          if (!fits) continue;
          const placed: (number | null)[] = new Array(w).fill(null);
          cols.forEach((c, j) => {
            if (!notes.includes(c)) placed[c] = sizes[j]!;
          });
          options.push({ s, cols, spread: groupSpread(placed, notes) });
          if (options.length >= MAX_CANDIDATES) break;
        }
      }
    }
    if (options.length === 0) {
      // No placing fits the columns: the run stays whole in the first value column, read as no number and reported.
      const values: (Span | null)[] = new Array(w).fill(null);
      values[notes.includes(0) ? 1 : 0] = { from: 0, to: run.length };
      return { values, doubt: DOUBT_FEWER };
    }
    const least = Math.min(...options.map((o) => o.spread));
    const alike = options.filter((o) => o.spread === least);
    const most = Math.max(...alike.map((o) => o.s.length));
    const fullest = alike.filter((o) => o.s.length === most);
    const values = fullest.length === 1 ? this.place(fullest[0]!) : this.likeliest(run, fullest);
    // A row that leaves a column of figures empty, or could be read another way, is a guess.
    const filled = values.filter((v, c) => v !== null && !notes.includes(c)).length;
    const doubt = filled < w - notes.length ? DOUBT_FEWER : options.length > 1 ? DOUBT_SPLIT : null;
    return { values, doubt };
  }

  private place(o: { s: Span[]; cols: number[] }): (Span | null)[] {
    const values: (Span | null)[] = new Array(this.width).fill(null);
    o.s.forEach((span, j) => (values[o.cols[j]!] = span));
    return values;
  }

  /** The row read with no note when its first figure opens a value more alike the others (note-or-figure.ts), as a guess. */
  private noteOrFigure(run: string[], noted: Span[]): Placed | null {
    if (!this.noteCol) return null;
    const bare = splits(run, this.width - 1, true).filter((s) => !isNoteValue(run, s[0]!));
    const sizes = (spans: Span[]): number[] => spans.map((sp) => digits(valueOf(run, sp))).filter((d): d is number => d !== null);
    // A note back at or below the column's first, once the notes went on past it, breaks the order notes are numbered in (note-order.ts).
    const note = noteNumber(run[noted[0]!.from]!);
    const outOfOrder = note !== null && breaksNoteOrder(note, this.notesRead);
    if (bare.length !== 1 || !(outOfOrder || figureOverNote(sizes(noted.slice(1)), sizes(bare[0]!), this.typicalSizes().slice(1)))) return null;
    return { values: [null, ...bare[0]!], doubt: DOUBT_SPLIT };
  }

  /**
   * A row one or more values short whose one reading at that count holds the row sum: its values
   * are certain, the sum stands in the sum column, and which of the other columns are empty is
   * chosen by the sizes of their values so far (uncertain).
   */
  private shortBySum(run: string[], range: { min: number; max: number }, side: RowSumSide): Placed | null {
    const w = this.width;
    for (let k = Math.min(range.max, w - 1); k >= Math.max(range.min, 3); k--) {
      const ways = splits(run, k, false);
      const holding = readingsWithRowSum(ways.map((s) => s.map((sp) => valueOf(run, sp))), side);
      if (holding.length === 0) continue;
      if (holding.length > 1) return null;
      const s = ways[holding[0]!]!;
      const sumCol = side === 'last' ? w - 1 : 0;
      const others = side === 'last' ? columnChoices(w - 1, k - 1) : columnChoices(w - 1, k - 1).map((cs) => cs.map((c) => c + 1));
      const options = others.map((cs) => ({ s, cols: side === 'last' ? [...cs, sumCol] : [sumCol, ...cs] }));
      return { values: this.likeliest(run, options), doubt: DOUBT_FEWER };
    }
    return null;
  }

  /** Readings of the run with fewer values than columns, each value in every order-keeping choice of columns. */
  private fewer(run: string[], range: { min: number; max: number }, w: number): { s: Span[]; cols: number[] }[] {
    const out: { s: Span[]; cols: number[] }[] = [];
    for (let k = Math.min(range.max, w - 1); k >= range.min && out.length < MAX_CANDIDATES; k--) {
      for (const s of splits(run, k, this.noteCol)) {
        for (const cols of columnChoices(w, k)) {
          out.push({ s, cols });
          if (out.length >= MAX_CANDIDATES) return out;
        }
      }
    }
    return out;
  }

  /**
   * How far, in digits, the value of a reading furthest from its column's size is from it, the
   * sizes taken from rows that read one way only; null where those do not size every column.
   */
  private offSize(run: string[], values: (Span | null)[]): number | null {
    const typical = this.certain;
    if (typical === null || typical.length !== values.length || typical.some((t) => t === null)) return null;
    let off = 0;
    values.forEach((span, c) => {
      const d = span === null ? null : spanDigits(run, span);
      if (d !== null) off = Math.max(off, Math.abs(d - typical[c]!));
    });
    return off;
  }

  /** The reading whose values are most like the sizes of their columns so far (the first such, so the leftmost). */
  private likeliest(run: string[], options: { s: Span[]; cols: number[] }[], weighEmpty = false): (Span | null)[] {
    const typical = this.sizes.map((xs, c) => (xs.length === 0 ? (this.prior[c] ?? null) : median(xs)));
    // A column with no value yet is compared, when weighing empty cells, with the table's size so far, so a short row fills from the left.
    const known = typical.filter((x): x is number => x !== null);
    const table = weighEmpty && known.length > 0 ? median(known) : null;
    let best = options[0]!;
    let bestScore = Infinity;
    // Many options share a split (one per choice of columns): its sizes are worked out once.
    const sizesOf = new Map<Span[], (number | null)[]>();
    for (const o of options) {
      let score = 0;
      let ds = sizesOf.get(o.s);
      if (ds === undefined) sizesOf.set(o.s, (ds = o.s.map((span) => spanDigits(run, span))));
      // A column with nothing above it yet: its value is compared with the row's other values.
      const known = ds.filter((d): d is number => d !== null).slice(this.noteCol ? 1 : 0);
      const rowMean = known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
      ds.forEach((d, j) => {
        const t = typical[o.cols[j]!] ?? table ?? rowMean;
        score += d === null || t === null ? 0 : (d - t) ** 2;
      });
      // Values split finer than the digits need cost a little: "1 549" is more likely one number than two.
      score += o.s.length * 0.01;
      // An empty cell costs more: a row is more likely full than short, all else alike.
      if (weighEmpty) score += (this.width - o.s.length) * FEWER_COST;
      if (score < bestScore) {
        bestScore = score;
        best = o;
      }
    }
    const values: (Span | null)[] = new Array(this.width).fill(null);
    best.s.forEach((span, j) => (values[best.cols[j]!] = span));
    return values;
  }

  /** A total row whose values are the sums of the rows above: the sums pick the split and the columns. */
  private total(run: string[]): Placed | null {
    const range = countRange(run, this.noteCol);
    if (!range) return null;
    let found: (Span | null)[] | null = null;
    let ways = 0;
    let tried = 0;
    for (let k = range.min; k <= Math.min(range.max, this.width); k++) {
      for (const s of splits(run, k, this.noteCol)) {
        const vals = s.map((span) => valueOf(run, span));
        for (const cols of columnChoices(this.width, k)) {
          if (++tried > MAX_CANDIDATES) return this.totalByColumns(run);
          const ok = vals.every((v, j) => {
            const sum = this.sums[cols[j]!];
            return sum !== null && sum !== undefined && v !== null && v.eq(sum);
          });
          if (!ok) continue;
          ways++;
          const values: (Span | null)[] = new Array(this.width).fill(null);
          s.forEach((span, j) => (values[cols[j]!] = span));
          found = values;
        }
      }
    }
    return ways === 1 ? { values: found!, doubt: null } : null;
  }

  /**
   * The same as `total` for a run too long to try every reading: values are matched to the column
   * sums from left to right (a column may stay empty), counting the ways up to two.
   */
  private totalByColumns(run: string[]): Placed | null {
    const memo = new Map<number, { ways: number; pick: { end: number; col: number } | null }>();
    const w = this.width;
    const go = (i: number, c: number): { ways: number; pick: { end: number; col: number } | null } => {
      if (i === run.length) return { ways: 1, pick: null };
      if (c >= w) return { ways: 0, pick: null };
      const key = i * (w + 1) + c;
      const hit = memo.get(key);
      if (hit) return hit;
      let ways = 0;
      let pick: { end: number; col: number } | null = null;
      for (const end of valueEnds(run, i, this.noteCol)) {
        const v = valueOf(run, { from: i, to: end });
        for (let col = c; col < w && ways < 2; col++) {
          const sum = this.sums[col];
          if (v === null || sum === null || sum === undefined || !v.eq(sum)) continue;
          const rest = go(end, col + 1);
          if (rest.ways === 0) continue;
          ways += rest.ways;
          pick = { end, col };
        }
      }
      const out = { ways: Math.min(ways, 2), pick };
      memo.set(key, out);
      return out;
    };
    if (go(0, 0).ways !== 1) return null;
    const values: (Span | null)[] = new Array(w).fill(null);
    for (let i = 0, c = 0; i < run.length; ) {
      const { pick } = go(i, c);
      values[pick!.col] = { from: i, to: pick!.end };
      i = pick!.end;
      c = pick!.col + 1;
    }
    return { values, doubt: null };
  }

  private add(run: string[], placed: Placed): void {
    placed.values.forEach((span, c) => {
      if (span === null) return;
      const v = valueOf(run, span);
      const d = digits(v);
      if (d !== null) this.sizes[c]!.push(d);
      const cur = this.sums[c];
      if (cur === null || cur === undefined) return;
      this.sums[c] = v === null ? null : cur.plus(v);
    });
  }
}

/** The lone dash at `i` may be the sign of the figure after it (else it is a blank cell). */
function signsNext(run: string[], i: number): boolean {
  return i + 1 < run.length && START.test(run[i + 1]!) && !SIGN.test(run[i + 1]![0]!) && !dashIsBlank(run[i + 1]!);
}

/** Where a value that starts at token `i` can end (the steps of `splits`). */
function valueEnds(run: string[], i: number, noteCodes: boolean): number[] {
  const t = run[i]!;
  if (BLANK.test(t) || (noteCodes && NOTE_CODE.test(t))) return spacedDotsAt(run, i) ? [i + 1, i + 2] : [i + 1];
  let j = i;
  if (SIGN.test(t)) {
    if (!signsNext(run, i)) return [i + 1];
    j = i + 1;
  }
  if (!START.test(run[j]!)) return [];
  const out: number[] = j > i && fineMode === 'cells' ? [i + 1] : [];
  for (let k = j; ; k++) {
    let end = k + 1;
    if (end < run.length && isNoteRef(run[end]!)) end++;
    out.push(end);
    if (closed(run[k]!) || end !== k + 1 || !(k + 1 < run.length && GROUP.test(run[k + 1]!))) break;
  }
  return out;
}

function sameSpans(a: Span[], b: (Span | null)[]): boolean {
  return a.length === b.length && a.every((x, i) => b[i] !== null && b[i]!.from === x.from && b[i]!.to === x.to);
}

/** Per row, the split whose columns add up to the total row, when exactly one reading of every row does. */
function readingsBySums(rows: Line[], width: number): Map<Line, Span[]> {
  const out = new Map<Line, Span[]>();
  const runs = rows.map((l) => l.toks.slice(l.runAt).map((t) => t.text));
  const ways = runs.map((run) => splits(run, width, false));
  const sumRows = rows.map((l, i) => ({ total: isTotalLabelText(labelText(l).split(/\s+/)[0] ?? ''), ways: ways[i]!.map((s) => s.map((sp) => valueOf(runs[i]!, sp))) }));
  // Rows that read one way only are read as before.
  chooseBySums(sumRows, width)?.forEach((k, i) => ways[i]!.length > 1 && out.set(rows[i]!, ways[i]![k]!));
  return out;
}

/** Readings of one row tried before it counts as read several ways. */
const MAX_GAP_READINGS = 64;

/**
 * Rows of a table that prints each empty cell as a space of its own (empty-cell-spaces.ts): per
 * row whose spaces show an empty cell (a gap inside its figures, spaces at its end, an empty
 * note or value cell after the label), the one reading that the gaps, the line's end and
 * the column count leave, or, where they leave several, those readings to choose from (a guess).
 * Only where every run of spaces in the table's rows counts cells.
 */
function readingsByEmptyCells(rows: Line[], width: number, noteCol: boolean): Map<Line, (Span | null)[][]> {
  const out = new Map<Line, (Span | null)[][]>();
  const data = rows.filter((l) => l.runAt < l.toks.length && !l.src.raw.includes('\t'));
  if (data.length < 3 || data.length !== rows.length) return out;
  // gapsOf(l)[k]: the spaces before token k + 1.
  const gapsOf = (l: Line): number[] => l.toks.slice(1).map((t, k) => t.from - l.toks[k]!.to);
  const endOf = (l: Line): number => l.src.raw.length - l.toks[l.toks.length - 1]!.to;
  if (!data.every((l) => gapsOf(l).every((g) => emptiesBetween(g) !== null) && emptiesAtEnd(endOf(l)) !== null)) return out;
  const inner = (l: Line): boolean => gapsOf(l).slice(l.runAt).some((g) => g > 1);
  if (!data.some((l) => inner(l) || endOf(l) > 0)) return out;
  const keepsEnds = data.some((l) => endOf(l) > 0);
  const leadGap = (l: Line): number => (l.runAt > 0 ? l.toks[l.runAt]!.from - l.toks[l.runAt - 1]!.to : 1);
  const wordBefore = (l: Line): boolean => l.runAt > 0 && LETTER.test(l.toks[l.runAt - 1]!.text);
  // A note column the label took in ("Avskrivningar Not 8 …"): its empty cell leaves three spaces after a label whose figures fill every column.
  const hiddenNote = !noteCol && data.some((l) => wordBefore(l) && leadGap(l) === 3 && countRange(runOf(l), false)?.min === width);
  for (const l of data) {
    const run = runOf(l);
    let lead = emptiesBetween(leadGap(l))!;
    if (hiddenNote && wordBefore(l)) lead--;
    if (lead < 0 || !(inner(l) || endOf(l) > 0 || lead > 0)) continue;
    // The run's parts between gaps, each with the empty cells before it.
    const gaps = gapsOf(l).slice(l.runAt, l.toks.length - 1);
    const starts = [0, ...gaps.flatMap((g, k) => (g > 1 ? [k + 1] : []))];
    const parts: (GapPart & { from: number; to: number })[] = [];
    let ok = true;
    starts.forEach((from, j) => {
      const to = starts[j + 1] ?? run.length;
      const range = countRange(run.slice(from, to), noteCol);
      if (!range) ok = false;
      else parts.push({ ...range, before: j === 0 ? 0 : emptiesBetween(gaps[from - 1]!)!, from, to });
    });
    if (!ok) continue;
    const readings: (Span | null)[][] = [];
    for (const pc of partCounts(width, [lead], parts, keepsEnds ? emptiesAtEnd(endOf(l)) : null)) {
      const ways = parts.map((p, j) => splits(run.slice(p.from, p.to), pc.counts[j]!, noteCol, MAX_GAP_READINGS));
      const walk = (j: number, col: number, values: (Span | null)[]): void => {
        if (readings.length >= MAX_GAP_READINGS) return;
        if (j === parts.length) {
          if (!noteCol || values[0] === null || isNoteValue(run, values[0]!)) readings.push([...values]);
          return;
        }
        const at = col + (j === 0 ? 0 : parts[j]!.before);
        for (const way of ways[j]!) {
          const next = [...values];
          way.forEach((sp, k) => (next[at + k] = { from: sp.from + parts[j]!.from, to: sp.to + parts[j]!.from }));
          walk(j + 1, at + way.length, next);
        }
      };
      walk(0, pc.lead, new Array<Span | null>(width).fill(null));
      if (readings.length >= MAX_GAP_READINGS) break;
    }
    // Past the cap the row is left to the digit groups.
    if (readings.length > 0 && readings.length < MAX_GAP_READINGS) out.set(l, readings);
  }
  return out;
}

/** Per row that splits several ways, the one split that shows every sum between columns the rows read one way show. */
function readingsByRelations(rows: Line[], width: number): Map<Line, Span[]> {
  const out = new Map<Line, Span[]>();
  const runs = rows.map((l) => l.toks.slice(l.runAt).map((t) => t.text));
  const ways = runs.map((run) => splits(run, width, false));
  // Nothing to decide: no relation is looked for.
  if (!ways.some((w) => w.length > 1)) return out;
  const values = ways.map((w, i) => w.map((s) => s.map((sp) => valueOf(runs[i]!, sp))));
  const relations = learnRelations(values.filter((v) => v.length === 1).map((v) => v[0]!), width);
  if (relations.length === 0) return out;
  // The readings the searches of one table meet together, at most.
  let budget = 2 * MAX_RELATION_SPLITS;
  values.forEach((v, i) => {
    if (v.length < 2) return;
    if (v.length < MAX_SPLITS) {
      const k = readingByRelations(v, relations);
      if (k !== null) out.set(rows[i]!, ways[i]![k]!);
      return;
    }
    // Too many readings to list: they are searched again for the ones that show the relations, further.
    const run = runs[i]!;
    let met = 0;
    // Numbers first, the exact values only for a reading that passes on them: the search meets many.
    const nums = new Map<number, number | null>();
    const num = (sp: Span): number | null => {
      const key = spanKey(sp);
      let n = nums.get(key);
      if (n === undefined) nums.set(key, (n = valueOf(run, sp)?.toNumber() ?? null));
      return n;
    };
    const near = (s: Span[]): boolean =>
      relations.every((r) => {
        const total = num(s[r.sum]!);
        const parts = r.parts.map((p) => num(s[p]!));
        if (total === null || parts.some((p) => p === null)) return true;
        return Math.abs(parts.reduce<number>((a, b) => a + b!, 0) - total) <= 1e-9 * Math.max(1, Math.abs(total));
      });
    const limit = Math.min(MAX_RELATION_SPLITS, budget);
    const showing = splits(run, width, false, limit, (s) => {
      met++;
      return near(s) && readingByRelations([s.map((sp) => valueOf(run, sp))], relations) === 0;
    });
    budget -= met;
    // Only a search that met every reading can say one is the only one.
    if (showing.length === 1 && met < limit) out.set(rows[i]!, showing[0]!);
  });
  return out;
}

/** The rows as the sum search takes them: each row's readings as exactly `width` values, and whether it is a total. */
function sumRowsAt(rows: Line[], width: number): SumRow[] {
  return rows.map((l) => {
    const run = runOf(l);
    return { total: isTotalLabelText(labelText(l).split(/\s+/)[0] ?? ''), ways: splits(run, width, false).map((s) => s.map((sp) => valueOf(run, sp))) };
  });
}

/**
 * True when no row reads as `width` values in more than one way and most rows, at least `minRows`,
 * read so in exactly one: a row that fills the columns is then read without a search, and the
 * rows with fewer values are few.
 */
function readsOneWay(rows: Line[], width: number, noteCol: boolean, minRows: number): boolean {
  let one = 0;
  for (const l of rows) {
    const ways = countReadings(runOf(l), width, noteCol, 2);
    if (ways > 1) return false;
    one += ways;
  }
  return one >= minRows && one * 2 > rows.length;
}

/** A number a label may end in ("Fas 3", "Projekt 12", "Insats 4.2"). */
const LABEL_NUMBER = /^\d{1,2}(?:\.\d{1,2})?$/;
/** The run opens with a number a label may end in, one no digit group goes on from ("Fas 3 12 450", not "4 321"). */
const ownLabelNumber = (l: Line): boolean => LABEL_NUMBER.test(l.toks[l.runAt]?.text ?? '') && !GROUP.test(l.toks[l.runAt + 1]?.text ?? '');
/** A note reference in a column of its own: a small whole number. */
const NOTE_NUMBER = /^[1-9]\d?$/;

/**
 * Each row's fewest values, a row that opens its figures with a number its label may end in
 * ("Fas 3", "Utbetalt 2022") counted without it when the rest reads as many as most rows that
 * open otherwise: two such rows would else widen the table by a column. Unless those numbers
 * are small whole numbers rising down the table ("Intäkter 2 …", "Kostnader 3 …", "Skatter 5 …"):
 * then they are note references in a column whose title the header does not print, and
 * `notes` says so (the rows keep their counts, and no label is given such a number).
 */
function labelNumberMins(rows: Line[], noteCol: boolean, minRows: number): { mins: number[]; notes: boolean } {
  const raw = { mins: rows.map((l) => l.range!.min), notes: false };
  // Under a header that names a note column, a small number opening the figures is its note.
  if (noteCol) return { ...raw, notes: true };
  const opensWithNumber = (l: Line): boolean => l.runAt > 0 && (YEAR.test(l.toks[l.runAt]!.text) || ownLabelNumber(l));
  const others = rows.filter((l) => !opensWithNumber(l)).map((l) => l.range!);
  if (others.length < minRows) return raw;
  // The count the other rows give the table: the largest that two of them can be read as (a row of digit
  // groups reads with fewer values than the table has as well, "800 850" as one, so its fewest stands for nothing).
  const holding = (n: number): number => others.filter((r) => r.min <= n && n <= r.max).length;
  const common = Math.max(0, ...others.map((r) => r.min).filter((n) => holding(n) >= 2));
  const over = rows.filter((l) => opensWithNumber(l) && l.range!.min === common + 1 && countRange(l.toks.slice(l.runAt + 1).map((t) => t.text), noteCol)?.min === common);
  const firsts = over.map((l) => l.toks[l.runAt]!.text);
  if (over.length >= 2 && firsts.every((t, k) => NOTE_NUMBER.test(t) && (k === 0 || Number(t) > Number(firsts[k - 1])))) return { ...raw, notes: true };
  return { mins: rows.map((l) => (over.includes(l) ? common : l.range!.min)), notes: false };
}

/** Gives a row's first figure back to its label when it is a section number and the rest fills the columns. */
function giveBackSectionNumber(l: Line, width: number, noteCol: boolean): void {
  if (l.runAt === 0 || l.range === null || l.range.min <= width || !LABEL_NUMBER.test(l.toks[l.runAt]!.text)) return;
  const rest = countRange(l.toks.slice(l.runAt + 1).map((t) => t.text), noteCol);
  if (rest === null || rest.min > width || rest.max < width) return;
  l.runAt++;
  l.range = rest;
}

/** The tokens of a line's digit run. */
const runOf = (l: Line): string[] => l.toks.slice(l.runAt).map((t) => t.text);

/** Every way a row reads as exactly `width` values. */
function fullReadings(line: Line, width: number): (Decimal | null)[][] {
  const run = runOf(line);
  return splits(run, width, false).map((s) => s.map((sp) => valueOf(run, sp)));
}

/** How unlike in size (digits) a row's values are: the squared distances from their mean. */
function unevenness(run: string[], spans: Span[]): number {
  const ds = spans.map((sp) => spanDigits(run, sp)).filter((d): d is number => d !== null);
  if (ds.length === 0) return 0;
  const mean = ds.reduce((a, b) => a + b, 0) / ds.length;
  return ds.reduce((a, d) => a + (d - mean) ** 2, 0);
}

/** What a reading with an empty cell costs against a full one, in squared digits of size difference. */
const FEWER_COST = 1;
const DOUBT_SPLIT = 'siffergrupperna kan delas i kolumner på flera sätt';
/** A row read with fewer values than columns: which cells it left out is a guess (short-row-sums.ts places it by sums). */
export const DOUBT_FEWER = 'raden har färre värden än tabellen har kolumner';

/** Rows enough, each split into every column one way only, to tell the columns' sizes (RowReader.offSize). */
const MIN_CERTAIN_ROWS = 2;

/**
 * Per column, the median digits of the values in the labelled rows that split into all `width`
 * columns one way only, or null where fewer than MIN_CERTAIN_ROWS rows do: sizes no guess went into.
 */
function certainSizes(lines: readonly Line[], width: number, noteCol: boolean): (number | null)[] | null {
  const sizes: number[][] = Array.from({ length: width }, () => []);
  let n = 0;
  for (const l of lines) {
    // A row with its own label: a line of figures alone may be a fragment of another layout.
    if (l.runAt === 0) continue;
    const run = runOf(l);
    const ways = splits(run, width, noteCol, 2);
    if (ways.length !== 1) continue;
    n++;
    ways[0]!.forEach((span, c) => {
      const d = spanDigits(run, span);
      if (d !== null) sizes[c]!.push(d);
    });
  }
  return n < MIN_CERTAIN_ROWS ? null : sizes.map((xs) => (xs.length === 0 ? null : median(xs)));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/**
 * The digits of the value a span of a run stands for, worked out once per run and span: a row
 * short of values is weighed over every choice of columns for every split, and those share spans.
 */
const runDigits = new WeakMap<string[], Map<number, number | null>>();
function spanDigits(run: string[], span: Span): number | null {
  let known = runDigits.get(run);
  if (known === undefined) runDigits.set(run, (known = new Map()));
  const key = spanKey(span);
  let d = known.get(key);
  if (d === undefined) known.set(key, (d = digits(valueOf(run, span))));
  return d;
}

/** A span as one number: a run holds at most MAX_TOKENS * 2 tokens. */
const spanKey = (span: Span): number => span.from * (MAX_TOKENS * 4) + span.to;

/** Digits before the decimal sign of a value other than zero; null for zero or a blank. */
function digits(v: Decimal | null): number | null {
  return v === null || v.isZero() ? null : v.abs().floor().toFixed(0).replace(/^0$/, '').length;
}

function isNoteValue(run: string[], span: Span, full = false): boolean {
  const t = run.slice(span.from, span.to);
  // Notes are numbered from 1: a 0 is a figure. Two notes may be listed without a space ("4,5"):
  // in the note column's place of a row that fills every column (`full`), that is no decimal figure.
  return t.length === 1 && (/^[1-9]\d?$/.test(t[0]!) || NOTE_CODE.test(t[0]!) || (full && NOTE_PAIR.test(t[0]!)));
}

/**
 * The number a span of tokens stands for, or null for a blank; once per run and span, since the
 * splits of a run (up to MAX_SPLITS) share their spans and each is read as values.
 */
const runValues = new WeakMap<string[], Map<number, Decimal | null>>();
function valueOf(run: string[], span: Span): Decimal | null {
  let known = runValues.get(run);
  if (known === undefined) runValues.set(run, (known = new Map()));
  const key = spanKey(span);
  let v = known.get(key);
  if (v === undefined) known.set(key, (v = valueNow(run, span)));
  return v;
}

function valueNow(run: string[], span: Span): Decimal | null {
  let text = withoutFineSpaces(run.slice(span.from, span.to).filter((t) => !isNoteRef(t)).join(''));
  if (BLANK.test(text) || SIGN.test(text)) return null;
  while (text.length > 0 && (text.endsWith('%') || MARKS.includes(text[text.length - 1]!))) text = text.slice(0, -1);
  text = noChangeAsZero(text).replace(/^[-−–‑]/, '-').replace(/\./g, '').replace(',', '.');
  try {
    return new Decimal(text);
  } catch {
    return null;
  }
}

/** How far below the header a total row naming a heading above the first row is looked for. */
const MAX_SECTION_LINES = 80;

/** A few words, no unit, that a total row further down names ("Investeringar" / "Summa investeringar"). */
function summedHeading(raw: string, lines: SourceLine[], from: number): boolean {
  const heading = raw.trim();
  if (!isSectionHeading(heading) || statesUnit(heading) || UNIT_WORD_ALONE.test(heading) || heading.split(/\s+/).length > 3) return false;
  const name = heading.toLowerCase();
  for (let k = from; k < Math.min(lines.length, from + MAX_SECTION_LINES); k++) {
    const words = lines[k]!.raw.trim().split(/\s+/);
    if (!isTotalLabelText(words[0] ?? '')) continue;
    if (words.slice(1).join(' ').toLowerCase().startsWith(name)) return true;
  }
  return false;
}
