import { SPACED_BULLET } from './bullet-marks.js';
import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { oncePerLine } from './once-per-line.js';
import { columnTitleLine } from './column-title-line.js';
import { oneColumnWordLines } from './one-column-word-lines.js';
import { isBlankToken } from './blank-token.js';
import { hasSentenceBreak } from '../lexicon/sentence-break.js';
import { closedBySum, isTotalRow, secondListAt } from './summed-lists.js';

/**
 * A table of one figure column copied as text: each line a label and an amount set apart by one
 * space, often under a line that is only the unit, as budget specifications and account lists
 * print them:
 *
 *     1000-tal kronor
 *   1 Rikets styrelse 10 676 842
 *   27 Mediepolitik 722 209
 *   Övriga intäkter 1 250,5
 *
 * The amount is the longest run of digit groups that ends the line (a first group of one to three
 * digits, then groups of three, maybe a decimal part); the label, before it, must end in a letter,
 * a full stop or a parenthesis. A label that ends in a number would make the split a guess, so
 * such a line is not a row, unless the amount is one figure of fewer than three digits before its
 * decimals ("Fas 3 0,5"), which no number runs on into, and most rows end in a letter. Small
 * figures make a table under a line that names its columns, or when every one is printed to the
 * same decimals after a comma ("Vimmerby 451,49" / "Nybro 70,08"). The split still rests on digit groups rather than printed columns
 * ("Område 2 500" is read as 2 500), so the cells carry `readBy: "spaced"`: a sum that disagrees
 * over them warns, never errs. A label wrapped over two lines ("… samt EU-" / "information 13 145")
 * is joined. Lines with two or more amounts are left to the column readers. A line whose cell
 * gives no figure ("Region Kalmar län –", "Övriga .."), and in a table whose rows open with a
 * code, a line of a code and a name alone ("23 Region Jämtland Härjedalen"), are rows with a blank
 * cell: a table is not cut in parts at them.
 */
const MIN_ROWS = 3;
/** Rows with an amount of four digits or more: what tells a table of amounts from a list that ends in small numbers. */
const MIN_AMOUNTS = 2;
const MAX_LABEL = 110;
const MAX_WORDS = 16;
/**
 * A row inside a run of rows may be longer: grant lists name the body and the project ("Förbundet X
 * Läger för barn och unga som … 30 000"). Such a line opens no table; after MIN_ROWS rows it is one.
 */
const LONG_LABEL = 200;
const LONG_WORDS = 32;
interface Limits {
  label: number;
  words: number;
}
const SHORT: Limits = { label: MAX_LABEL, words: MAX_WORDS };
const LONG: Limits = { label: LONG_LABEL, words: LONG_WORDS };
/** A line that is only a unit: "1000-tal kronor", "Tusental kronor", "Miljoner kronor", "(tkr)", "1 000 €". */
const UNIT_ONLY = /^\(?(?:(?:belopp\s+i\s+)?(?:1[ \u00a0]?000(?:-tal)?|tusental|tusen|miljoner|miljarder)\s+(?:kronor|kr|euro|€)|tkr|mnkr|mdkr|mkr|kronor|t€|mn€)\)?:?$/i;
const FIRST = /^[-−–+]?\d{1,3}$/;
/** A year closing a label: four digits, never a digit group of the amount after it. */
const YEAR = /^(?:19|20)\d{2}$/;
const GROUP = /^\d{3}$/;
// The last group may carry a note mark ("10 139¹", "4 885*"); the cell keeps it as its note.
const LAST_GROUP = /^\d{3}(?:,\d+)?[*¹²³⁴⁵⁶⁷⁸⁹]?$/;
const LONE = /^[-−–+]?\d{1,3}(?:,\d+)?[*¹²³⁴⁵⁶⁷⁸⁹]?$/;
/** A figure printed without digit groups ("9135,85", "+2726,5", "48210"): four digits or more. */
const UNGROUPED = /^[-−–+]?\d{4,9}(?:,\d+)?[*¹²³⁴⁵⁶⁷⁸⁹]?$/;
/** A sign opens a figure: the number before it is the label's ("Projekt 12 −8 724"). */
const SIGNED = /^[-−–+]\d/;
const BULLET = SPACED_BULLET;
/** A note mark set apart from its figure ("17 *", "4 885 ¹"): it goes with the figure's cell. */
const LONE_MARK = /^(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])$/;
/** An amount that opens with three digits, which a number before it could be the first group of. */
const FULL_GROUP = /^\d{3}(?![\d.])/;
/** A code opening a row ("13 Region Halland 3", "0180 Stockholm 4 120"): digits only, as long in every row. */
const CODE = /^\d{1,4}$/;
/** A range as the label's last word ("årskurs 4-6", "F-3", "2019–2021"): no digit group, so the amount still starts after it. */
const RANGE = /^[\p{L}\d]{1,9}[-–][\p{L}\d]{1,9}$/u;
/**
 * Digit groups set off by dots, as news pages print them ("33.000", "1.250.000"): one token, a
 * thousand or more. Whether the dots group digits the table decides from all its numbers
 * (`src/tables/dot-groups.ts`); a line alone cannot.
 */
const DOTTED = /^[-−–+]?\d{1,3}(?:\.\d{3})+$/;
/** Digit groups joined by a dash, a slip for a dot or a space ("8-000"): the row stays, its cell unread. */
const DASHED = /^\d{1,3}[-–]\d{3}$/;
/** A currency word after the figure, in kronor ("9 342 kronor", "1.000 kr."): the figure's unit, kept in its cell. */
const CURRENCY = /^(?:kr|kronor|sek|:-)\.?$/i;

interface AmountLine {
  src: SourceLine;
  labelEnd: number;
  valueStart: number;
  valueEnd: number;
  /** The amount has a digit group after its first: a thousand or more. */
  grouped: boolean;
  /** The cell gives no figure ("..", "–", "<5"). */
  blank?: boolean;
  /**
   * The label ends in a number the amount cannot go on from ("Fas 3 0,5"): one row of a table of
   * one column, or two figures of a wider one; a row only among rows that end in a letter.
   */
  numberLabel?: boolean;
  /** The figure carries a currency word of its own ("9 342 kronor"). */
  unitWord?: boolean;
  /** The figure's groups are set off by dots ("33.000"). */
  dotted?: boolean;
  /** The figure's groups are joined by a dash ("8-000"): a slip, read only among dotted figures. */
  dashed?: boolean;
}

/** A line as label and one amount, or null. */
export const amountLine = oncePerLine((src: SourceLine) => readAmountLine(src, SHORT));
/** A line as a long label and one amount: a row only inside a run of rows. */
const longAmountLine = oncePerLine((src: SourceLine) => readAmountLine(src, LONG));

function readAmountLine(src: SourceLine, limits: Limits): AmountLine | null {
  const raw = src.raw.trimEnd();
  if (raw.length > limits.label + 30 || raw.includes('\t') || BULLET.test(raw)) return null;
  const toks: { text: string; from: number }[] = [];
  for (const m of raw.matchAll(/\S+/g)) toks.push({ text: m[0], from: m.index });
  if (toks.length < 2) return null;
  const last = toks[toks.length - 1]!.text;
  if (isBlankToken(last)) return blankLine(src, raw, toks);
  // A currency word after the figure is its unit, in its cell; the figure ends before it.
  const unitWord = toks.length > 2 && CURRENCY.test(last);
  // A note mark set apart from the figure closes the cell; the figure ends before it.
  const n = unitWord || (LONE_MARK.test(last) && toks.length > 2) ? toks.length - 1 : toks.length;
  let valueEnd = raw.length;
  // A sentence's full stop after the figure or its unit ("IK Gautiod 12.000.", "1.000 kr.") closes the line, not the cell.
  if (raw.endsWith('.') && (unitWord || DOTTED.test(last.slice(0, -1)))) {
    valueEnd--;
    if (!unitWord) toks[toks.length - 1] = { ...toks[toks.length - 1]!, text: last.slice(0, -1) };
  }
  // The amount from the end: [first] group* last, or one token alone.
  let k = n - 1;
  // Dotted groups and a dash slip are one token each: the whole amount.
  const dotted = DOTTED.test(toks[k]!.text);
  const dashed = DASHED.test(toks[k]!.text);
  // A bare year ("Post 2001") titles a column rather than being a figure.
  const ungrouped = dotted || dashed || (UNGROUPED.test(toks[k]!.text) && !/^(?:19|20)\d{2}$/.test(toks[k]!.text));
  if (!LAST_GROUP.test(toks[k]!.text) && !LONE.test(toks[k]!.text) && !ungrouped) return null;
  if (LAST_GROUP.test(toks[k]!.text)) {
    while (k - 1 >= 0 && GROUP.test(toks[k - 1]!.text)) k--;
    // The first group may have fewer digits; when it has three, the run above already took it.
    if (k - 1 >= 0 && FIRST.test(toks[k - 1]!.text)) k--;
  }
  if (k === 0) return null;
  const before = toks[k - 1]!.text;
  // A label that ends in a number ("Område 2", "UO 26") leaves the split in doubt: not a row,
  // unless the amount opens with a sign or has no digit groups, which no number runs on into.
  const endsInNumber = !/[\p{L}.)]$/u.test(before) && !RANGE.test(before) && !SIGNED.test(toks[k]!.text) && !ungrouped;
  // Unless the amount cannot go on from that number: it opens with fewer than three digits
  // ("Fas 3 0,5", "Anslag 22:1 4,1"), where no digit group could stand before it, and has no
  // groups of its own whose first could as well be the label's ("Utgiftsområde 2 4 150").
  // Nor does a year after words ("Vårsalong 2023 25 000", "Ombyggnad 2024 850"): four digits are no digit group, so
  // the amount cannot go on from it; only a line of two figures would look the same, and such a row stands only among
  // rows that end in a letter (numberLabel).
  const yearLabel = endsInNumber && YEAR.test(before) && k >= 2 && /\p{L}$/u.test(toks[k - 2]!.text);
  if (endsInNumber && !yearLabel && (FULL_GROUP.test(toks[k]!.text) || k < n - 1)) return null;
  let label = raw.slice(0, toks[k - 1]!.from + before.length);
  // "Lidköpings Konstförening: 120.000": a colon sets off a dotted figure, which the lines of
  // `unit-value-lines.ts` leave alone without a currency word; the colon is no part of the label.
  if (dotted && label.endsWith(':')) label = label.slice(0, -1);
  // A sentence is prose, not a label.
  if (!labelFits(label, limits)) return null;
  const line: AmountLine = { src, labelEnd: label.length, valueStart: toks[k]!.from, valueEnd, grouped: n - 1 > k || dotted };
  if (endsInNumber) line.numberLabel = true;
  if (unitWord) line.unitWord = true;
  if (dotted) line.dotted = true;
  if (dashed) line.dashed = true;
  return line;
}

/** A label and a cell that gives no figure ("Region Kalmar län –", "Övriga ..") as a row; the label as for a figure. */
function blankLine(src: SourceLine, raw: string, toks: { text: string; from: number }[]): AmountLine | null {
  const k = toks.length - 1;
  const label = raw.slice(0, toks[k - 1]!.from + toks[k - 1]!.text.length);
  if (!/[\p{L})]$/u.test(label) || !labelFits(label)) return null;
  return { src, labelEnd: label.length, valueStart: toks[k]!.from, valueEnd: raw.length, grouped: false, blank: true };
}

const labelFits = (label: string, limits: Limits = SHORT): boolean =>
  (label.match(/\p{L}/gu) ?? []).length >= 2 && label.length <= limits.label && label.split(/\s+/).length <= limits.words && !hasSentenceBreak(label) && !/[:;]$/.test(label);

/** The code opening a row's label ("13" in "13 Region Halland"), or null. */
function codeOf(label: string): string | null {
  const first = label.trim().split(/\s+/)[0] ?? '';
  return CODE.test(first) && /\p{L}/u.test(label) ? first : null;
}

/**
 * A row whose cell is empty, in a table whose rows open with a code: the line is the code and
 * the label alone ("23 Region Jämtland Härjedalen"), the code as long as the row above's.
 * Without a code such a line is read as a section heading, which keeps it as a row all the same.
 */
function emptyCodeRow(raw: string, above: string): boolean {
  const code = codeOf(raw);
  const codeAbove = codeOf(above);
  if (code === null || codeAbove === null || code.length !== codeAbove.length) return false;
  const words = raw.trim().split(/\s+/).slice(1);
  return words.every((w) => !/\d/.test(w)) && /[\p{L})]$/u.test(raw.trim()) && labelFits(raw.trim());
}

const isBlank = (src: SourceLine | undefined): boolean => src !== undefined && src.raw.trim() === '';

/** A numbered caption, or a line naming a unit: it names what follows as one table. */
const TABLE_CAPTION = /^(?:tabell|tab\.|figur|diagram|bilaga)\s?\d|\b(?:kronor|kr|tkr|mnkr|mdkr|mkr|procent|euro)\b/i;

/**
 * The first list stands under a heading of its own, the first line of its paragraph (summed-lists.ts), with no
 * numbered caption or unit line right above it: those would name both lists as one table's sections.
 */
function ownHeading(lines: SourceLine[], at: number): boolean {
  if (at < 0 || !isSectionHeading(lines[at]!.raw) || (at > 0 && !isBlank(lines[at - 1]))) return false;
  let k = at - 1;
  while (k >= 0 && isBlank(lines[k])) k--;
  return k < 0 || !TABLE_CAPTION.test(lines[k]!.raw.trim());
}

/** A list's heading at line i, one blank line before it allowed: a section heading right above a row. */
function headingAfter(lines: SourceLine[], i: number): boolean {
  const k = isBlank(lines[i]) ? i + 1 : i;
  return k + 1 < lines.length && isSectionHeading(lines[k]!.raw) && amountLine(lines[k + 1]!) !== null;
}

/** The row right above line i (one blank line between allowed) is a sum closing a list ("Summa 700 000"). */
function underSum(lines: SourceLine[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && isBlank(lines[k])) k--;
  const above = k >= 0 ? amountLine(lines[k]!) : null;
  return above !== null && isTotalRow({ label: lines[k]!.raw.slice(0, above.labelEnd), heading: false });
}

/** A short line of words over the rows of a section ("Intäkter", "Övriga kostnader"): no figure, no sentence, no cells set apart by runs of spaces. */
const MAX_HEADING = 60;
const MAX_HEADING_WORDS = 6;
function isSectionHeading(raw: string): boolean {
  const t = raw.trim();
  return t.length >= 2 && t.length <= MAX_HEADING && /^\p{Lu}/u.test(t) && !UNIT_ONLY.test(t) && !/\d/.test(t) && !/\S\s{2,}\S/.test(t) && !/[.:;!?,]$/.test(t) && !BULLET.test(raw) && t.split(/\s+/).length <= MAX_HEADING_WORDS;
}

/**
 * Between rows, a section's heading numbered or closed by a colon as a list of grants prints it
 * ("2. Hembygdsföreningar:", "B) Studieförbund", "Kulturföreningar:"), right above a row: a heading
 * all the same. Not above the first row, where a line ending in a colon leads in to the table, nor
 * "Varav:" over the parts of a row.
 */
const ORDINAL = /^(?:\d{1,2}|[A-Z])[.)]\s+/;
function isNumberedHeading(raw: string): boolean {
  const t = raw.trim();
  const bare = t.replace(ORDINAL, '').replace(/:$/, '');
  return bare !== t && isSectionHeading(bare) && !PART_LEAD.test(bare);
}
/** "Varav:" over the parts of the row above is no section of the table: the rows under it are not its rows. */
const PART_LEAD = /^(?:varav|därav)\b/i;

/** "… samt EU-" + "information": the hyphen stays after a capital or digit ("EU-"), otherwise the word is whole again. */
function joinWrapped(head: string, tail: string): string {
  const h = head.trimEnd();
  if (!h.endsWith('-')) return `${h} ${tail}`;
  return /[\p{Lu}\d]-$/u.test(h) ? h + tail : h.slice(0, -1) + tail;
}

/**
 * Lines a scan has passed over without finding a table: a scan from any of them reads a part of
 * the same run, with fewer rows and amounts, and fails too (so a long list is scanned once).
 */
const failed = new WeakSet<SourceLine>();

export function detectLabelAmountLines(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  if (failed.has(lines[start]!)) return null;
  // A dash slip ("8-000") opens no table: it is read only between figures grouped by dots.
  if (amountLine(lines[start]!)?.dashed) return null;
  const found = scan(file, lines, start);
  // Only a scan that began on a row read the run from its start; the rows after it are parts of it.
  if (!found && amountLine(lines[start]!)) {
    // The run goes on over single blank lines, as the scan does; a dash slip may cut it, and a scan after it reads anew.
    for (let k = start; k < lines.length; k++) {
      if (amountLine(lines[k]!)?.dashed) break;
      if (amountLine(lines[k]!) !== null) failed.add(lines[k]!);
      else if (!(isBlank(lines[k]) && lines[k + 1] && amountLine(lines[k + 1]!))) break;
    }
  }
  return found;
}

function scan(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  let i = start;
  // The two titles pasted a word a line ("Överenskommelse" / "Belopp" / "2022" / "tkr") above the rows (one-column-word-lines.ts).
  const wordHead = oneColumnWordLines(lines, i, (src) => (amountLine(src) ? { min: 1, max: 1 } : null));
  if (wordHead) i = wordHead.end;
  const unitLine = !wordHead && UNIT_ONLY.test(lines[i]!.raw.trim()) ? lines[i]! : null;
  if (unitLine) i++;
  // The heading of a list right under another list closed by its sum (summed-lists.ts): this list's caption.
  let caption = !wordHead && !unitLine && underSum(lines, i) && isSectionHeading(lines[i]!.raw) && lines[i + 1] && amountLine(lines[i + 1]!) ? lines[i]! : null;
  if (caption) i++;
  // A line naming both columns right above the first row ("Region Brott per 1000 inv."): the table's header.
  const firstRow = lines[i + 1] && (amountLine(lines[i + 1]!) || (isSectionHeading(lines[i + 1]!.raw) && lines[i + 2] && amountLine(lines[i + 2]!)));
  // Right under a list closed by its sum, the line is the next list's heading (summed-lists.ts), not its column titles.
  let titles = !caption && !unitLine && !wordHead && firstRow && amountLine(lines[i]!) === null && !underSum(lines, i) ? columnTitleLine(lines[i]!.raw) : null;
  let titleLine = titles ? lines[i]! : null;
  if (titleLine) i++;
  // A row without a line of its amount is a section heading.
  const rows: { label: string; line: AmountLine | null; first: SourceLine; heading?: boolean }[] = [];
  let end = i;
  while (i < lines.length) {
    const src = lines[i]!;
    // A long label only between rows, with another row right after it: no sentence's end is read as a row.
    const within = rows.filter((r) => r.line !== null).length >= MIN_ROWS && i + 1 < lines.length && amountLine(lines[i + 1]!) !== null;
    const row = amountLine(src) ?? (within ? longAmountLine(src) : null);
    if (row) {
      rows.push({ label: src.raw.slice(0, row.labelEnd).trim(), line: row, first: src });
      i++;
      end = i;
      continue;
    }
    // A label wrapped onto the next line, which goes on in lower case and ends in the amount.
    const next = lines[i + 1];
    const cont = next ? amountLine(next) : null;
    if (rows.length > 0 && next && cont && /^\s*\p{Ll}/u.test(next.raw) && src.raw.trim().length <= MAX_LABEL && !isBlank(src) && amountLine(src) === null) {
      rows.push({ label: joinWrapped(src.raw.trim(), next.raw.slice(0, cont.labelEnd).trim()), line: cont, first: src });
      i += 2;
      end = i;
      continue;
    }
    // A row of a code column whose cell is empty, between rows.
    if (rows.length > 0 && rows[rows.length - 1]!.line !== null && cont && emptyCodeRow(src.raw, rows[rows.length - 1]!.label)) {
      rows.push({ label: src.raw.trim(), line: null, first: src });
      i++;
      end = i;
      continue;
    }
    // A section heading right under the title or unit line or between rows ("Intäkter" / "Åmål 7 663"), right above a row.
    if ((rows.length > 0 || titles || unitLine) && cont && (isSectionHeading(src.raw) || (rows.length > 0 && isNumberedHeading(src.raw)))) {
      rows.push({ label: src.raw.trim(), line: null, first: src, heading: true });
      i++;
      continue;
    }
    // One blank line between rows is allowed.
    if (rows.length > 0 && isBlank(src) && next && amountLine(next)) {
      i++;
      continue;
    }
    break;
  }
  // Two lists each closed by its own sum, a heading between (summed-lists.ts): the heading ends the first list
  // and captions the second. The line read as the first list's column titles is then its heading as well.
  // Or the next list's heading right after this list's sum, a blank line between.
  const listRows = rows.map((r) => ({ label: r.label, heading: r.heading === true }));
  const second = secondListAt(listRows);
  const headed = second > 0 || (closedBySum(listRows) && headingAfter(lines, end));
  if (headed && ownHeading(lines, titleLine && isSectionHeading(titleLine.raw) ? lines.indexOf(titleLine) : rows[0]?.heading ? lines.indexOf(rows[0].first) : start - 1)) {
    if (titleLine && isSectionHeading(titleLine.raw)) {
      caption = titleLine;
      titles = null;
      titleLine = null;
    }
    if (second > 0) {
      end = lines.indexOf(rows[second]!.first);
      rows.length = second;
    }
  }
  // Small figures make a table only under a line that names its columns.
  const figures = rows.filter((r) => r.line !== null && !r.line.blank);
  // Rows whose label ends in a number stand in a table of one column only among more rows that
  // end in a letter: a line of two figures would look the same.
  if (figures.filter((r) => r.line!.numberLabel).length * 2 > figures.length) {
    // Then such a line ends the table, as any line that is no row.
    const cut = rows.findIndex((r) => r.line?.numberLabel);
    end = lines.indexOf(rows[cut]!.first);
    rows.length = cut;
    figures.length = 0;
    figures.push(...rows.filter((r) => r.line !== null && !r.line.blank));
  }
  // A dash between digit groups ("8-000") is a slip only where the other figures group by dots;
  // elsewhere it may be a range ("10-100"), and such a line ends the table.
  if (!figures.some((r) => r.line!.dotted) && figures.some((r) => r.line!.dashed)) {
    const cut = rows.findIndex((r) => r.line?.dashed);
    end = lines.indexOf(rows[cut]!.first);
    rows.length = cut;
    figures.length = 0;
    figures.push(...rows.filter((r) => r.line !== null && !r.line.blank));
  }
  if (figures.length < MIN_ROWS || (!titles && figures.filter((r) => r.line!.grouped).length < MIN_AMOUNTS && !fixedDecimals(figures.map((r) => r.line!)))) return null;
  // Lines that each carry their unit are a list of its own shape (`unit-value-lines.ts`); here a
  // unit word is read only on some rows among bare figures ("Active Scout 9 342 kronor" / "HK 139 092").
  if (figures.every((r) => r.line!.unitWord)) return null;
  const gridRows: GridRow[] = [];
  if (unitLine) {
    const cell = { ...toGridCell(file, unitLine, 0, unitLine.raw.trimEnd().length), header: true };
    gridRows.push({ cells: [cell, { ...emptyCell(file, unitLine), header: true }], location: cell.location });
  }
  if (wordHead) {
    const first = lines[start]!;
    const label = { ...toGridCell(file, first, first.raw.length - first.raw.trimStart().length, first.raw.trimEnd().length), header: true };
    const second = lines[start + 1]!;
    const figure = { ...toGridCell(file, second, second.raw.length - second.raw.trimStart().length, second.raw.trimEnd().length), text: wordHead.titles[0]!, header: true };
    gridRows.push({ cells: [label, figure], location: label.location });
  }
  if (titles && titleLine) {
    const at = titleLine.raw.indexOf(titles.label);
    const figureAt = titleLine.raw.indexOf(titles.figure, at + titles.label.length);
    const label = { ...toGridCell(file, titleLine, at, at + titles.label.length), header: true };
    const figure = { ...toGridCell(file, titleLine, figureAt, figureAt + titles.figure.length), header: true };
    gridRows.push({ cells: [label, figure], location: label.location });
  }
  for (const r of rows) {
    if (r.line === null) {
      const heading = toGridCell(file, r.first, r.first.raw.length - r.first.raw.trimStart().length, r.first.raw.trimEnd().length);
      gridRows.push({ cells: [heading, emptyCell(file, r.first)], location: heading.location });
      continue;
    }
    const label = toGridCell(file, r.first, 0, r.first === r.line.src ? r.line.labelEnd : r.first.raw.trimEnd().length);
    label.text = r.label;
    const value = toGridCell(file, r.line.src, r.line.valueStart, r.line.valueEnd);
    value.readBy = 'spaced';
    gridRows.push({ cells: [label, value], location: label.location });
  }
  const captionLine = caption ? toTextLine(file, caption, caption.raw.length - caption.raw.trimStart().length, caption.raw.trimEnd().length) : null;
  return { grid: { kind: 'grid', source: 'spaced', caption: captionLine, rows: gridRows, headerRows: unitLine || titles || wordHead ? 1 : 0 }, end };
}

/**
 * Every figure printed to the same decimals after a comma ("Vimmerby 451,49" / "Nybro 70,08"):
 * a column of figures, however small, not a list that ends in small numbers ("Kapitel 3").
 */
function fixedDecimals(rows: AmountLine[]): boolean {
  const places = rows.map((r) => /,(\d+)$/.exec(r.src.raw.slice(r.valueStart, r.valueEnd).trim())?.[1]?.length ?? 0);
  return places[0]! > 0 && places.every((p) => p === places[0]);
}

function emptyCell(file: string, src: SourceLine): GridCell {
  return { text: '', location: { file, line: src.line }, colspan: 1, rowspan: 1, header: false, bold: false };
}
