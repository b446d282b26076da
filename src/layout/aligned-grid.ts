import { isUnitUnderYears } from './unit-under-years.js';
import { liftUnitAfterLastYear } from './years-then-unit.js';
import { titlesInOrder } from './titles-in-order.js';
import { endsInWordHyphen, joinHyphenated } from './hyphen-join.js';
import { MIN_TITLED_ROWS, titlesOverFigures } from './titled-short-table.js';
import { alignedGroupSpans } from './aligned-group-spans.js';
import { leftAlignedGroups } from './left-aligned-groups.js';
import { stubUnitWords } from './stub-unit.js';
import { isTextBlank, looksValue } from './looks-numeric.js';
import { isCodeAboveLabel } from './code-above-label.js';
import { codeWrappedLabelEnd } from './code-wrapped-label.js';
import { isCodeLedRow } from './code-led-row.js';
import { isYearSpan } from './year-span-cell.js';
import { overflowedValue, swallowedValue } from './swallowed-value.js';
import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Grid, GridCell, GridRow } from './types.js';
import { isSectionHeadingLine } from './section-heading-line.js';
import { isNoteLine } from './note-line.js';
import { isNoteRefOnly } from './note-word.js';
import { splitGluedPercents } from './glued-percents.js';
import { textColumns } from './text-columns.js';
import { placeByEdges } from './edge-placement.js';
import { continuesStatement, headingAfterClosedSection } from './statement-sections.js';
import { DOUBT_FEWER } from './spaced-columns.js';
import { closingTotalLine } from './closing-total-line.js';

/**
 * Space-aligned columns, as `pdftotext -layout` writes tables: segments separated by two or
 * more spaces, values right-aligned. Columns come from the right edges of the value segments;
 * header words are placed over the column they stand above, a top header word spans the
 * columns below it that have no top header of their own ("BUP" over three columns), and a
 * label wrapped around its values ("Västra" / values / "Götalandsregionen") is put together.
 */
interface Segment {
  from: number;
  to: number;
  text: string;
}

const MIN_ROWS = 3;
const MAX_HEADER_LINES = 4;
/** A header cell, a group title, a wrapped label's line. */
const MAX_LABEL = 45;
/**
 * A row's label beside its figures: an activity may be described at length ("Bidrag till ideella
 * organisationer för …"). The figures after two spaces or more keep prose out, not the label's length.
 */
const MAX_ROW_LABEL = 110;
/**
 * A cell: text whose words are set apart by one space. A digit group's no-break, narrow no-break
 * or thin space ("49\u202f542") is one space too: only two spaces or more part columns.
 */
const SEGMENT = /\S(?:\S|[ \u00a0\u202f\u2009](?![ \u00a0\u202f\u2009]))*/g;
const WORD = /\S+/g;

function matches(raw: string, re: RegExp): Segment[] {
  const out: Segment[] = [];
  for (const m of raw.matchAll(re)) out.push({ from: m.index, to: m.index + m[0].length, text: m[0] });
  return out;
}

interface DataLine {
  src: SourceLine;
  label: Segment | null;
  values: Segment[];
  /** A closing total set one space from its figures (closing-total-line.ts): its values are a reading. */
  spaced?: true;
}

/** A label (optional) followed by value segments and nothing else. */
const YEAR = /^(?:19|20)\d{2}$/;

/** Two or more different years and nothing else among the values, over a row that has other figures: a header line. */
function yearHeaderLine(src: SourceLine): boolean {
  const d = dataLine(src);
  if (!d || !d.values.every((v) => YEAR.test(v.text))) return false;
  // One year under a stub that only names the money unit ("mnkr   2007"): the header of a one-column table.
  if (d.values.length === 1) return d.label !== null && stubUnitWords(d.label.text.split(/\s+/), []) > 0;
  return new Set(d.values.map((v) => v.text)).size === d.values.length;
}

function dataLine(src: SourceLine): DataLine | null {
  if (src.raw.includes('\t')) return null;
  // Shares glued together ("100%100%") are a cell each (glued-percents.ts).
  let segs = matches(src.raw, SEGMENT).flatMap((s) => splitGluedPercents(s) ?? [s]);
  if (segs.length === 0) return null;
  // A code in a column of its own before the name ("01   Stockholms län   12 400") is the label's (code-led-row.ts).
  if (isCodeLedRow(segs.map((s) => s.text), looksValue) && segs.slice(2).every((s) => looksValue(s.text))) {
    segs = [{ from: segs[0]!.from, to: segs[1]!.to, text: `${segs[0]!.text} ${segs[1]!.text}` }, ...segs.slice(2)];
  }
  const first = looksValue(segs[0]!.text) ? 0 : 1;
  const values = segs.slice(first);
  // A phrase where a figure would stand ("Ryms inom befintlig ram", "Ingår ovan") is a blank cell of a labelled row that
  // has a figure other than a year too; a single word beside years ("Noter" / "2022") is a header's title.
  const blankPhrase = (t: string): boolean => first === 1 && isTextBlank(t) && t.trim().includes(' ') && values.some((v) => looksValue(v.text) && !YEAR.test(v.text));
  // Short text cells between the label and the figures ("Blekinge län   K   Karlskrona   159 606"), where they are
  // no phrase standing for a figure: text columns, kept as cells of their own (text-columns.ts).
  const texts = (): number => (first === 1 ? textColumns(values.map((s) => s.text)) : 0);
  // A span of years ("2024-2026", when a project runs) is a cell of its own, as a year is (year-span-cell.ts).
  if (values.length === 0 || (values.some((s) => !looksValue(s.text) && !isYearSpan(s.text) && !blankPhrase(s.text)) && texts() === 0)) return null;
  if (first === 0 && values.length < 2) return null;
  if (first === 1 && segs[0]!.text.length > MAX_ROW_LABEL) return null;
  return { src, label: first === 1 ? segs[0]! : null, values };
}

/** Where the name starts on a row led by a code in a column of its own ("6000  Gnesta   19 059"), else null. */
function codedNameFrom(src: SourceLine | undefined): number | null {
  if (!src) return null;
  const segs = matches(src.raw, SEGMENT);
  return segs.length >= 3 && isCodeLedRow(segs.map((s) => s.text), looksValue) && segs.slice(2).every((s) => looksValue(s.text)) ? segs[1]!.from : null;
}

/**
 * A figure cannot title a column, a year can: a header line that is no row (a code column's and the
 * label's titles before the years, "Länskod   Region   2022   2023", or words among the years) keeps its years.
 */
const notTitle = (t: string): boolean => looksValue(t) && !YEAR.test(t);

/** A line holding only a budget code ("21.01", "01.") right above a data line with a label of its own. */
function codeOverLabel(lines: SourceLine[], k: number): boolean {
  if (!isCodeAboveLabel(lines[k]!.raw)) return false;
  const next = lines[k + 1] ? dataLine(lines[k + 1]!) : null;
  return (next !== null && next.label !== null) || codeOverName(lines, k) >= 0;
}

/**
 * A code (alone, or with the name's first words) over the wrapped lines of its name, then the
 * row's figures ("1:1" / "Arbetsförmedlingens förvaltnings-" / "kostnader   7 912 400"): the
 * row's line, else -1 (code-wrapped-label.ts).
 */
function codeOverName(lines: SourceLine[], k: number): number {
  return codeWrappedLabelEnd(
    lines.length,
    k,
    (j) => labelPart(lines[j]!) !== null,
    (j) => dataLine(lines[j]!) !== null,
    (j) => lines[j]!.raw,
  );
}

/**
 * A group title standing alone over columns ("          Beviljat" over "Län   Antal   Belopp   Sökt"):
 * one short segment set in from the margin, over a line of several column titles.
 */
function groupTitleLine(lines: SourceLine[], k: number): boolean {
  const raw = lines[k]!.raw;
  const next = lines[k + 1];
  if (!next || !/^ {4}/.test(raw) || raw.trim().length > MAX_LABEL) return false;
  const below = matches(next.raw, SEGMENT);
  return (below.length >= 3 || (below.length >= 2 && /^ {4}/.test(next.raw))) && (!dataLine(next) || yearGroupLine(lines, k + 1)) && below.every((s) => !looksValue(s.text) || YEAR.test(s.text));
}

/**
 * The first line of a title wrapped over two lines, standing alone over the column titles
 * ("          Förändring mot" over "Län       föregående år"): one short segment set in from the
 * margin, and the title under it goes on in small letters.
 */
function wrappedTitleLine(lines: SourceLine[], k: number): boolean {
  const raw = lines[k]!.raw;
  const next = lines[k + 1];
  if (!next || !/^ {4}/.test(raw) || dataLine(next)) return false;
  const top = matches(raw, SEGMENT);
  if (top.length !== 1 || top[0]!.text.length > MAX_LABEL || looksValue(top[0]!.text)) return false;
  const below = matches(next.raw, SEGMENT);
  return below.length >= 2 && below.some((s) => s.from < top[0]!.to && s.to > top[0]!.from && /^\p{Ll}/u.test(s.text));
}

/** A line of years only, set in from the margin, over a line of column titles: the years are group titles. */
function yearGroupLine(lines: SourceLine[], k: number): boolean {
  return /^ {4}/.test(lines[k]!.raw) && yearHeaderLine(lines[k]!) && lines[k + 1] !== undefined && groupTitleLine(lines, k);
}

/** A second line of group titles, set in from the margin: fewer titles than columns, years or words. */
function middleGroups(src: SourceLine, width: number): boolean {
  const segs = matches(src.raw, SEGMENT);
  return /^ {4}/.test(src.raw) && segs.length >= 2 && segs.length < width && segs.every((s) => !looksValue(s.text) || YEAR.test(s.text));
}

/** A short line of one segment: part of a wrapped row label. */
function labelPart(src: SourceLine): Segment | null {
  const segs = matches(src.raw, SEGMENT);
  if (segs.length !== 1 || segs[0]!.text.length > MAX_LABEL || looksValue(segs[0]!.text)) return null;
  return segs[0]!;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A part that `opens` a label begins the next row's, never ends the row above (code-wrapped-label.ts). */
type Item = { kind: 'data'; line: DataLine } | { kind: 'part'; src: SourceLine; seg: Segment; opens?: boolean } | { kind: 'note'; line: DataLine } | { kind: 'blank' };

/**
 * Lines inside a table that hold no figures of their own but belong to it: a section heading
 * ("Utgiftsområde 17:", "Drift:") over the rows that follow, and a remark in parentheses
 * ("(Kulturnämnden har ansökt om 6,5 milj kr" / "från Samefonden)"), closed within a few lines.
 * Each becomes a row with only its label, so the rows after it stay in the table and nothing is lost.
 */
const SECTION = /^[^\d(].{0,43}:$/;
const MAX_REMARK_LINES = 3;

function nextNonBlank(lines: SourceLine[], k: number): number {
  let j = k;
  // One blank line may stand between, as between the table's own rows.
  if (j < lines.length && lines[j]!.raw.trim() === '') j++;
  return j < lines.length && lines[j]!.raw.trim() !== '' ? j : -1;
}

const opensRemark = (raw: string): boolean => {
  const t = raw.trim();
  return t.startsWith('(') && (t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length;
};

/** The lines k…end as one label-only row; returns end, the last line taken. */
function pushNote(items: Item[], lines: SourceLine[], k: number, end: number): number {
  const src = lines[k]!;
  const parts = lines.slice(k, end + 1).filter((l) => l.raw.trim() !== '');
  const first = matches(src.raw, SEGMENT)[0]!;
  const text = parts.map((l) => l.raw.trim().replace(/\s{2,}/g, ' ')).join(' ');
  items.push({ kind: 'note', line: { src, label: { from: first.from, to: first.from + text.length, text }, values: [] } });
  return end;
}

/** A section heading or a remark in parentheses at k, followed by a labelled data line (or another such line): its last line. */
function noteAt(lines: SourceLine[], k: number, depth = 0): number {
  const t = lines[k]!.raw.trim();
  let last = -1;
  if (SECTION.test(t) && matches(lines[k]!.raw, SEGMENT).length === 1) last = k;
  else if (opensRemark(t)) {
    let open = 0;
    for (let j = k, n = 0; j < lines.length && n < MAX_REMARK_LINES * 2; j++, n++) {
      for (const ch of lines[j]!.raw) open += ch === '(' ? 1 : ch === ')' ? -1 : 0;
      if (open <= 0) {
        last = j;
        break;
      }
    }
  }
  if (last < 0) return -1;
  const next = nextNonBlank(lines, last + 1);
  if (next < 0) return -1;
  return dataLine(lines[next]!)?.label || (depth < 1 && noteAt(lines, next, depth + 1) >= 0) ? last : -1;
}

/** The data block starting at `i`: data lines, wrapped label parts, single blank lines. */
function readBlock(lines: SourceLine[], i: number): { items: Item[]; end: number } {
  const items: Item[] = [];
  let end = i;
  // Sections joined after a blank line (headingAfterClosedSection): where, the block's end before it, and the total above it.
  const joins: { at: number; end: number; total: string }[] = [];
  for (let k = i; k < lines.length; k++) {
    const src = lines[k]!;
    if (src.raw.trim() === '') {
      if (items.length === 0 || items[items.length - 1]!.kind === 'blank') break;
      items.push({ kind: 'blank' });
      continue;
    }
    // A remark that opens a parenthesis it does not close on its line is a remark, whatever figures it holds.
    const remarkEnd = opensRemark(src.raw) && items.some((x) => x.kind === 'data') ? noteAt(lines, k) : -1;
    if (remarkEnd >= 0) {
      k = pushNote(items, lines, k, remarkEnd);
      continue;
    }
    const d = dataLine(src);
    if (d) {
      items.push({ kind: 'data', line: d });
      end = k + 1;
      continue;
    }
    // A heading "Område 2:" over the next rows, not the end of the label above.
    const sectionEnd = SECTION.test(src.raw.trim()) && items.some((x) => x.kind === 'data') ? noteAt(lines, k) : -1;
    if (sectionEnd >= 0) {
      k = pushNote(items, lines, k, sectionEnd);
      continue;
    }
    const part = labelPart(src);
    // A code over the wrapped lines of its name, or a code and its name's first words, over the row's figures: the row's label.
    const named = part ? codeOverName(lines, k) : -1;
    if (named >= 0) {
      for (let j = k; j < named; j++) items.push({ kind: 'part', src: lines[j]!, seg: labelPart(lines[j]!)!, opens: true });
      k = named - 1;
      continue;
    }
    const next = lines[k + 1] ? dataLine(lines[k + 1]!) : null;
    let prev = items[items.length - 1];
    // After a blank line, a heading over the statement's next section when the row above closed its own (statement-sections.ts).
    const beforeBlank = prev?.kind === 'blank' ? items[items.length - 2] : undefined;
    if (part && beforeBlank?.kind === 'data' && headingAfterClosedSection(beforeBlank.line.label?.text ?? null)) {
      prev = beforeBlank;
      joins.push({ at: items.length - 1, end, total: beforeBlank.line.label!.text });
    }
    // A section's heading between labelled rows ("Norra Sverige"), not the end of the label above (section-heading-line.ts);
    // under a row of figures without a label, the line ends that row's wrapped label ("Västra" / figures / "Götalandsregionen").
    if (part && !(next && noteOnlyLabel(next)) && (prev === undefined || (prev.kind === 'data' && prev.line.label !== null)) && isSectionHeadingLine(prev?.line.label?.text ?? null, part.text, next?.label != null)) {
      k = pushNote(items, lines, k, k);
      continue;
    }
    // A label part belongs to the table only next to a row that needs it or continues it.
    // So does one over a row labelled only by its note ("Årsavgifter" / "Not 2   3 400 000", note-word.ts).
    if (part && ((next && (!next.label || noteOnlyLabel(next))) || (prev?.kind === 'data' && (!prev.line.label || next)) || codeOverLabel(lines, k))) {
      items.push({ kind: 'part', src, seg: part });
      end = k + 1;
      continue;
    }
    const noteEnd = items.some((x) => x.kind === 'data') ? noteAt(lines, k) : -1;
    if (noteEnd >= 0) {
      k = pushNote(items, lines, k, noteEnd);
      continue;
    }
    // The rows' total one space from its figures, right under them or a blank line lower, closes the table.
    const closing = closingTotalAfter(items, src);
    if (closing) {
      items.push({ kind: 'data', line: closing });
      end = k + 1;
    }
    break;
  }
  // A section joined so that lists the rows above it again is the next table's, as a budget prints one per committee (continuesStatement).
  const labelsOf = (xs: readonly Item[]): string[] => xs.flatMap((x) => (x.kind === 'data' && x.line.label ? [x.line.label.text] : []));
  for (let n = 0; n < joins.length; n++) {
    const j = joins[n]!;
    if (j.at >= items.length) break;
    const below = items.slice(j.at, joins[n + 1]?.at ?? items.length);
    if (!continuesStatement(j.total, labelsOf(items.slice(0, j.at)), labelsOf(below))) {
      items.length = j.at;
      end = j.end;
      break;
    }
  }
  while (items.length > 0 && items[items.length - 1]!.kind !== 'data') items.pop();
  return { items, end };
}

/** The total line under a block's rows, read as closingTotalLine reads it, with as many values as the widest row. */
function closingTotalAfter(items: readonly Item[], src: SourceLine): DataLine | null {
  const last = items[items.length - 1]?.kind === 'blank' ? items[items.length - 2] : items[items.length - 1];
  const data = items.filter((x): x is Extract<Item, { kind: 'data' }> => x.kind === 'data');
  if (last?.kind !== 'data' || data.length < 2) return null;
  const read = closingTotalLine(src.raw, Math.max(...data.map((x) => x.line.values.length)));
  return read ? { src, label: read.label, values: read.values, spaced: true } : null;
}

interface Row {
  line: DataLine;
  label: { src: SourceLine; seg: Segment }[];
  /** A section heading or remark: a label without figures. */
  note?: boolean;
  /** The first value was split off the label (see swallowed-value). */
  swallowed?: boolean;
}

/** Joins wrapped label parts to the row they belong to. */
function assembleRows(items: Item[]): Row[] {
  const rows: Row[] = [];
  const pending: { src: SourceLine; seg: Segment }[] = [];
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind === 'blank') continue;
    if (it.kind === 'note') {
      rows.push({ line: it.line, label: [{ src: it.line.src, seg: it.line.label! }], note: true });
      continue;
    }
    if (it.kind === 'part') {
      const last = rows[rows.length - 1];
      const nextData = items.slice(k + 1).find((x) => x.kind !== 'blank');
      // Below a label-less row, or below a labelled row when no label-less row follows: continuation.
      // A budget code begins the next row's label, never ends the one above (code-above-label.ts).
      const code = isCodeAboveLabel(it.seg.text) && nextData?.kind === 'data' && nextData.line.label !== null;
      // Over a row labelled only by its note, the part is that row's label (note-word.ts).
      if (nextData?.kind === 'data' && noteOnlyLabel(nextData.line) && lastWasPart(items, k)) {
        pending.push({ src: it.src, seg: it.seg });
        continue;
      }
      if (!code && !it.opens && last && (last.label.length === 0 || last.line.label === null || !(nextData?.kind === 'data' && !nextData.line.label)) && pending.length === 0 && lastWasData(items, k)) {
        last.label.push({ src: it.src, seg: it.seg });
      } else pending.push({ src: it.src, seg: it.seg });
      continue;
    }
    const label = it.line.label ? [{ src: it.line.src, seg: it.line.label }] : [];
    rows.push({ line: it.line, label: [...pending, ...label] });
    pending.length = 0;
  }
  return rows;
}

/** A data line whose label is only its note reference ("Not 2"). */
function noteOnlyLabel(d: DataLine): boolean {
  return d.label !== null && isNoteRefOnly(d.label.text.trim().split(/\s+/).map((text) => ({ text })));
}

/** The item before k (blanks aside) is no row of figures: k opens a label of its own. */
function lastWasPart(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const it = items[j]!;
    if (it.kind === 'blank') continue;
    return it.kind !== 'data' || it.line.label !== null;
  }
  return true;
}

function lastWasData(items: Item[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const it = items[j]!;
    if (it.kind === 'blank') continue;
    return it.kind === 'data';
  }
  return false;
}

function labelCell(file: string, parts: Row['label'], fallback: SourceLine): GridCell {
  if (parts.length === 0) return { text: '', location: { file, line: fallback.line }, colspan: 1, rowspan: 1, header: false, bold: false };
  const cells = parts.map((p) => toGridCell(file, p.src, p.seg.from, p.seg.to));
  const first = cells[0]!;
  first.text = joinWrapped(cells.map((c) => c.text), true);
  return first;
}

/**
 * Wrapped text put back together: a line ending in a hyphen continues without a space. A row's
 * label broken inside a word is whole again ("Väst-" / "manlands län", hyphen-join.ts); a title
 * keeps its hyphen ("juli-" / "november" is a range).
 */
function joinWrapped(parts: string[], label = false): string {
  let out = '';
  for (const p of parts.map((x) => x.trim()).filter((x) => x !== '')) {
    out = out === '' ? p : label && endsInWordHyphen(out) ? joinHyphenated(out, p) : /[-–]$/.test(out) && !/\s[-–]$/.test(out) ? out + p : `${out} ${p}`;
  }
  return out;
}

export function detectAlignedGrid(file: string, lines: SourceLine[], start: number): { grid: Grid; end: number } | null {
  // Header lines directly above the data: the first must show several columns.
  const firstSegs = matches(lines[start]!.raw, SEGMENT);
  let i = start;
  const headers: SourceLine[] = [];
  // A line of years over the columns ("Region   2023   2024"), right above the rows, reads like a row; it is the
  // header. Years above further header lines are left to the single-space reader (year-subtitles.ts).
  // The rows may open with a section's heading (section-heading-line.ts).
  const headingFirst = start + 2 < lines.length && isSectionHeadingLine(null, lines[start + 1]!.raw, dataLine(lines[start + 2]!)?.label != null);
  // A note's title between the years and the rows ("Tkr   2023   2022" / "Not 11 Kundfordringar") is the table's caption (note-line.ts).
  const noteFirst = start + 2 < lines.length && isNoteLine(lines[start + 1]!.raw) && dataLine(lines[start + 2]!) !== null;
  let noteTitle: SourceLine | null = null;
  // A unit alone, set in under the years ("Område   2021   2022" / "          tkr"), is the table's (unit-under-years.ts).
  const unitFirst = start + 2 < lines.length && isUnitUnderYears(lines[start + 1]!.raw) && dataLine(lines[start + 2]!) !== null;
  let unitLine: SourceLine | null = null;
  if (yearHeaderLine(lines[start]!) && start + 1 < lines.length && (headingFirst || noteFirst || unitFirst || dataLine(lines[start + 1]!)) && !yearHeaderLine(lines[start + 1]!)) {
    headers.push(lines[start]!);
    i++;
    if (noteFirst) noteTitle = lines[i++]!;
    else if (unitFirst) unitLine = lines[i++]!;
  } else if (!dataLine(lines[start]!) || yearGroupLine(lines, start)) {
    // Years set over groups of column titles ("2023   2024" over "Län  Belopp  Andel  Belopp  Andel") are the header's top row.
    if (yearGroupLine(lines, start)) headers.push(lines[i++]!);
    else if ((firstSegs.length < 2 && !groupTitleLine(lines, start) && !wrappedTitleLine(lines, start)) || firstSegs.some((s) => s.text.length > MAX_LABEL || notTitle(s.text))) return null;
    while (i < lines.length && headers.length < MAX_HEADER_LINES && lines[i]!.raw.trim() !== '' && (!dataLine(lines[i]!) || (headers.length > 0 && yearGroupLine(lines, i)))) {
      // A budget code over the first row's label begins the rows (code-above-label.ts).
      if (headers.length > 0 && codeOverLabel(lines, i)) break;
      // A section's heading at the label's place begins the rows (section-heading-line.ts).
      const segs = matches(lines[i]!.raw, SEGMENT);
      // Or at the place of the names after a code column ("Kod   mnkr   2018" / "      Intäkter" / "6000  Gnesta   19 059").
      if (headers.length > 0 && segs.length === 1 && (segs[0]!.from <= firstSegs[0]!.from + 2 || segs[0]!.from === codedNameFrom(lines[i + 1])) && isSectionHeadingLine(null, lines[i]!.raw, i + 1 < lines.length && dataLine(lines[i + 1]!)?.label != null)) break;
      if (!yearGroupLine(lines, i) && segs.some((s) => notTitle(s.text) || s.text.length > MAX_LABEL)) return null;
      headers.push(lines[i]!);
      i++;
    }
  }
  const { items, end } = readBlock(lines, i);
  const rows = assembleRows(items);
  const bodyRows = rows.filter((r) => !r.note);
  // Two rows are a table under group titles, or beside a title over the labels, and a title over each column of figures (titled-short-table.ts).
  const titled = (): boolean =>
    (headers.length === 1 || headers.length === 2) &&
    rows.length === bodyRows.length &&
    // Under a title over the labels, the two rows stand alone: rows going on past a line without
    // figures are the start of a longer table (a statement's first section), not a table of their own.
    (matches(headers[headers.length - 1]!.raw, SEGMENT).length === bodyRows[0]!.line.values.length || end >= lines.length || lines[end]!.raw.trim() === '') &&
    titlesOverFigures(
      headers.length === 2 ? matches(headers[0]!.raw, SEGMENT) : [],
      matches(headers[headers.length - 1]!.raw, SEGMENT),
      bodyRows.map((r) => r.line.values),
      bodyRows.map((r) => (r.label.length === 1 ? r.label[0]!.seg : null)),
    );
  if (bodyRows.length < MIN_ROWS && (bodyRows.length < MIN_TITLED_ROWS || !titled())) return null;

  // Columns: as many as the fullest row has values; edges from the rows that have them all.
  const width = Math.max(...rows.map((r) => r.line.values.length));
  for (const r of rows) {
    const only = r.label.length === 1 ? r.label[0]! : null;
    const split = !r.note && only && r.line.values.length === width - 1 ? swallowedValue(only.seg) : null;
    if (!split) continue;
    r.label = [{ src: only!.src, seg: split.label }];
    r.line = { ...r.line, label: split.label, values: [split.value, ...r.line.values] };
    r.swallowed = true;
  }
  const full = rows.filter((r) => r.line.values.length === width);
  const edges: number[] = [];
  for (let c = 0; c < width; c++) edges.push(median(full.map((r) => r.line.values[c]!.to)));
  // A label run on into the first column's place: its last figure ends at that column's edge, and the row's values stand in the columns after it.
  for (const r of width >= 2 ? rows : []) {
    const only = r.label.length === 1 ? r.label[0]! : null;
    if (r.swallowed || r.note || !only || r.line.values.length !== width - 1 || Math.abs(r.line.values[0]!.to - edges[1]!) > 1) continue;
    const split = overflowedValue(only.seg, edges[0]!);
    if (!split) continue;
    r.label = [{ src: only.src, seg: split.label }];
    r.line = { ...r.line, label: split.label, values: [split.value, ...r.line.values] };
    r.swallowed = true;
  }
  const nearest = (to: number): number => {
    let best = 0;
    for (let c = 1; c < width; c++) if (Math.abs(edges[c]! - to) < Math.abs(edges[best]! - to)) best = c;
    return best;
  };
  const labelEnd = Math.max(0, ...rows.filter((r) => !r.note).flatMap((r) => r.label.map((l) => l.seg.to)));
  // A header word set flush left over a column of left-set values (a code column: "Regionkod" over "17") is that column's.
  const starts: number[] = [];
  for (let c = 0; c < width; c++) starts.push(median(full.map((r) => r.line.values[c]!.from)));
  const leftOver = (from: number): number => starts.findIndex((st, c) => st === from && full.every((r) => r.line.values[c]!.from === st));
  const columnAt = (center: number): number => {
    if (center <= labelEnd && center < (edges[0] ?? 0) - 12) return -1;
    for (let c = 0; c < width; c++) if (center <= edges[c]! + 1) return c;
    return width - 1;
  };

  /**
   * The label column's title on a header line read word by word: the words from the labels' margin,
   * single spaced, with no figure, ending short of the first column's figures' end ("Belopp i
   * tusental kronor" reaching in under a first column of wide figures). By their centres its last
   * words would fall to the first column.
   */
  const margin = Math.min(...rows.filter((r) => !r.note).map((r) => r.label[0]?.seg.from ?? Infinity));
  const stubTitle = (raw: string): Segment | null => {
    const first = matches(raw, SEGMENT)[0];
    return first && first.from <= margin + 1 && !/\d/.test(first.text) && /\s/.test(first.text) && full.length > 0 && first.to < edges[0]! && first.from < Math.min(...full.map((r) => r.line.values[0]!.from)) ? first : null;
  };

  const empty = (src: SourceLine): GridCell => ({ text: '', location: { file, line: src.line }, colspan: 1, rowspan: 1, header: false, bold: false });
  const gridRows: GridRow[] = [];
  const groupTop = headers.length > 1 && (yearGroupLine(lines, start) || groupTitleLine(lines, start));
  if (headers.length > 0) {
    // Words of every header line, placed by their centre; stacked words of a column are joined.
    const words: { line: number; col: number; cell: GridCell }[] = [];
    const figureSpans = Array.from({ length: width }, (_, c) => ({ from: Math.min(...full.map((r) => r.line.values[c]!.from)), to: Math.max(...full.map((r) => r.line.values[c]!.to)) }));
    const eachOverOneColumn = (raw: string): boolean => {
      const segs = matches(raw, SEGMENT);
      return full.length > 0 && segs.length === width && segs.some((s) => /\s/.test(s.text)) && segs.every((s, c) => figureSpans.filter((f) => f.from < s.to && f.to > s.from).length === 1 && figureSpans[c]!.from < s.to && figureSpans[c]!.to > s.from);
    };
    headers.forEach((src, h) => {
      // Column titles are segments on the first line, and on the line under a line of group titles.
      // So are they on the last line where each of its segments overlaps the figures of one column
      // alone ("Förändring, %" over its percentages): split at its single spaces, a title's words
      // would fall under different columns.
      const whole = h === 0 || (h === 1 && groupTop) || (h === headers.length - 1 && eachOverOneColumn(src.raw));
      const segs = whole ? matches(src.raw, SEGMENT) : matches(src.raw, WORD);
      const stub = whole ? null : stubTitle(src.raw);
      for (const s of segs) {
        const cell = toGridCell(file, src, s.from, s.to);
        cell.header = true;
        const flush = leftOver(s.from);
        words.push({ line: h, col: stub && s.to <= stub.to ? -1 : flush >= 0 ? flush : columnAt((s.from + s.to - 1) / 2), cell });
      }
    });
    // Titles over rows that are not aligned: read in order, one over each column (titles-in-order.ts).
    if (headers.length === 1) {
      const line = words.filter((w) => w.line === 0);
      const margin = Math.min(...rows.filter((r) => !r.note).map((r) => r.label[0]?.seg.from ?? Infinity));
      const first = line[0] ? line[0].cell.location.column! - (headers[0]!.column ?? 1) : Infinity;
      const ordered = titlesInOrder(line.map((w) => w.col), width, first <= margin + 1);
      if (ordered) line.forEach((w, k) => (w.col = ordered[k]!));
    }
    const top = words.filter((w) => w.line === 0);
    // Years over the columns under a title over them all ("Regionalt stöd" / "2023   2024" / titles): a header row of their own.
    const middleLine = groupTop && headers.length >= 3 && middleGroups(headers[1]!, width) ? 1 : -1;
    // Where each column stands: from its title's or its values' start to their end.
    const extent = (c: number): { from: number; to: number } => {
      const vals = full.map((r) => r.line.values[c]!);
      const heads = words.filter((w) => w.line > 0 && w.line !== middleLine && w.col === c).map((w) => w.cell.location.column! - (headers[w.line]!.column ?? 1));
      return { from: Math.min(...vals.map((v) => v.from), ...heads), to: Math.max(...vals.map((v) => v.to)) };
    };
    /**
     * A title set centred over an even number of columns stands over the gap between two, and a
     * title wider than its column reaches over others: it spans the run of columns around it
     * whose middle is nearest its own, short of another title.
     */
    const evenSpan = (w: { col: number; cell: GridCell }, owners: number[]): { lo: number; hi: number } | null => {
      const from = w.cell.location.column! - (headers[0]!.column ?? 1);
      const mid = from + (w.cell.text.length - 1) / 2;
      const own = extent(w.col);
      // A title within its own column's width stands over that column (and, centred, over its neighbours: see below).
      if (mid >= own.from && mid < own.to && from >= own.from - 1 && from + w.cell.text.length <= own.to + 1) return null;
      let best: { lo: number; hi: number; d: number } | null = null;
      for (let lo = 0; lo < width; lo++) {
        for (let hi = lo + 1; hi < width; hi++) {
          if (owners.some((o) => o - 1 >= lo && o - 1 <= hi && o - 1 !== w.col)) break;
          const a = extent(lo);
          const b = extent(hi);
          // The run reaches under the whole title.
          if (a.from > from + 1 || b.to < from + w.cell.text.length - 1) continue;
          const d = Math.abs((a.from + b.to - 1) / 2 - mid);
          if (!best || d < best.d) best = { lo: lo + 1, hi: hi + 1, d };
        }
      }
      return best && best.d <= 2 ? { lo: best.lo, hi: best.hi } : null;
    };
    const middle = words.filter((w) => w.line === middleLine);
    const below = words.filter((w) => w.line > 0 && w.line !== middleLine);
    /** The title under column c goes on in small letters and those beside it do not: c's upper word is its title's first line. */
    const goesOn = (c: number): boolean => /^\p{Ll}/u.test(below.find((w) => w.col + 1 === c)?.cell.text ?? '');
    const wrappedOver = (c: number): boolean => goesOn(c) && !goesOn(c - 1) && !goesOn(c + 1);
    const topCols = new Set(top.map((w) => w.col));
    const multiLevel = below.length > 0 && top.some((w) => w.col >= 0) && topCols.size < width + 1;
    // Upper row: a top word centred over its column spans the columns on both sides that have
    // no top word of their own, symmetrically ("BUP" centred over three sub-headers).
    const lower: string[][] = Array.from({ length: width + 1 }, () => []);
    for (const w of top) if (!multiLevel || w.col < 0) lower[w.col + 1]!.push(w.cell.text);
    const upper = multiLevel ? (flushRow(top.filter((w) => w.col >= 0)) ?? spanRow(top.filter((w) => w.col >= 0))) : [];
    const middleRow = multiLevel && middle.length > 0 ? spanRow(middle.filter((w) => w.col >= 0)) : null;
    /** Group titles flush with the first of their columns, over titles that repeat a group (left-aligned-groups.ts), or standing one way over sets of any size (aligned-group-spans.ts); null otherwise. */
    function flushRow(ws: { col: number; cell: GridCell }[]): (GridCell | 'covered' | null)[] | null {
      if (middleLine >= 0 || new Set(ws.map((w) => w.col)).size !== ws.length) return null;
      const sorted = [...ws].sort((a, b) => a.col - b.col);
      const base = headers[0]!.column ?? 1;
      const titles = Array.from({ length: width }, (_, c) => joinWrapped(below.filter((w) => w.col === c).map((w) => w.cell.text)));
      const extents = Array.from({ length: width }, (_, c) => extent(c));
      const groups = leftAlignedGroups(sorted.map((w) => w.cell.location.column! - base), extents, titles) ?? spreadGroups(sorted, base);
      if (!groups) return null;
      const upper: (GridCell | 'covered' | null)[] = new Array(width + 1).fill(null);
      groups.forEach((g, i) => {
        const cell = sorted[i]!.cell;
        for (let j = g.col + 1; j <= g.col + g.span; j++) upper[j] = 'covered';
        upper[g.col + 1] = cell;
        cell.colspan = g.span;
      });
      return upper;
    }
    /** Group titles flush left, flush right or centred over sets of columns of any size (aligned-group-spans.ts); null otherwise. */
    function spreadGroups(sorted: { col: number; cell: GridCell }[], base: number): { col: number; span: number }[] | null {
      if (sorted.some((w) => wrappedOver(w.col + 1))) return null;
      const edge = (w: { line: number; cell: GridCell }): { from: number; to: number } => {
        const from = w.cell.location.column! - (headers[w.line]!.column ?? 1);
        return { from, to: from + w.cell.text.length };
      };
      const columns = Array.from({ length: width }, (_, c) => {
        const vals = full.map((r) => r.line.values[c]!);
        const heads = below.filter((w) => w.col === c).map(edge);
        return {
          figures: { from: Math.min(...vals.map((v) => v.from)), to: Math.max(...vals.map((v) => v.to)) },
          title: heads.length > 0 ? { from: Math.min(...heads.map((h) => h.from)), to: Math.max(...heads.map((h) => h.to)) } : null,
        };
      });
      return alignedGroupSpans(
        sorted.map((w) => ({ from: w.cell.location.column! - base, to: w.cell.location.column! - base + w.cell.text.length })),
        columns,
      );
    }
    function spanRow(ws: { col: number; cell: GridCell }[]): (GridCell | 'covered' | null)[] {
      const upper: (GridCell | 'covered' | null)[] = new Array(width + 1).fill(null);
      // Two runs of one line over one column are one title ("Varav   bidrag" set wide).
      for (const w of ws) {
        const before = upper[w.col + 1];
        upper[w.col + 1] = before && before !== 'covered' ? { ...before, text: `${before.text} ${w.cell.text}` } : w.cell;
      }
      const owners = [...new Set(ws.map((w) => w.col + 1))];
      for (const c of owners) {
        const cell = upper[c] as GridCell;
        // The first line of a title wrapped over two lines stays over its column (headerPaths joins the two).
        if (wrappedOver(c)) continue;
        const even = evenSpan(ws.find((w) => w.col + 1 === c)!, owners);
        if (even) {
          for (let j = even.lo; j <= even.hi; j++) upper[j] = 'covered';
          upper[even.lo] = cell;
          cell.colspan = even.hi - even.lo + 1;
          continue;
        }
        let k = 1;
        while (c - k >= 1 && c + k <= width && upper[c - k] === null && upper[c + k] === null && !owners.includes(c - k) && !owners.includes(c + k)) k++;
        const lo = c - (k - 1);
        const hi = c + (k - 1);
        for (let j = lo; j <= hi; j++) upper[j] = 'covered';
        upper[lo] = cell;
        cell.colspan = hi - lo + 1;
      }
      return upper;
    }
    /**
     * Group titles alone on the header's line, over a line of years the rows open with ("Koncernen"
     * flush right over its last year): each spans its set where one cut fits (aligned-group-spans.ts).
     */
    function overYears(cells: GridCell[]): GridCell[] | null {
      const years = rows[0];
      const titled = [...top].sort((a, b) => a.col - b.col);
      if (headers.length !== 1 || !years || years.note || years.line.values.length !== width || !years.line.values.every((v) => YEAR.test(v.text.trim()))) return null;
      if (titled.length < 2 || titled.some((w) => w.col < 0) || new Set(titled.map((w) => w.col)).size !== titled.length) return null;
      const body = full.filter((r) => r !== years);
      if (body.length === 0) return null;
      const base = headers[0]!.column ?? 1;
      const columns = Array.from({ length: width }, (_, c) => ({
        figures: { from: Math.min(...body.map((r) => r.line.values[c]!.from)), to: Math.max(...body.map((r) => r.line.values[c]!.to)) },
        title: { from: years.line.values[c]!.from, to: years.line.values[c]!.to },
      }));
      const spans = alignedGroupSpans(titled.map((w) => ({ from: w.cell.location.column! - base, to: w.cell.location.column! - base + w.cell.text.length })), columns);
      if (!spans) return null;
      return [cells[0]!, ...spans.map((g, i) => ({ ...titled[i]!.cell, header: true, colspan: g.span }))];
    }
    for (const w of below) lower[w.col + 1]!.push(w.cell.text);
    const lowerCells: GridCell[] = lower.map((texts, c) => {
      const anchor = below.find((w) => w.col + 1 === c)?.cell ?? headers[headers.length - 1]!;
      const base: GridCell = 'text' in anchor ? { ...anchor } : empty(anchor);
      base.text = joinWrapped(texts);
      base.header = true;
      return base;
    });
    if (multiLevel) {
      const cellsOf = (row: (GridCell | 'covered' | null)[], src: SourceLine): GridCell[] => row.filter((u) => u !== 'covered').map((u) => (u === null ? { ...empty(src), header: true } : u));
      gridRows.push({ cells: cellsOf(upper, headers[0]!), location: { file, line: headers[0]!.line } });
      if (middleRow) gridRows.push({ cells: cellsOf(middleRow, headers[1]!), location: { file, line: headers[1]!.line } });
      gridRows.push({ cells: lowerCells, location: { file, line: headers[headers.length - 1]!.line } });
    } else {
      gridRows.push({ cells: overYears(lowerCells) ?? lowerCells, location: { file, line: headers[0]!.line } });
    }
  }
  for (const r of rows) {
    const cells: GridCell[] = [labelCell(file, r.label, r.line.src)];
    // A remark may run over lines: its words, not one line's slice.
    if (r.note) cells[0]!.text = r.label[0]!.seg.text;
    for (let c = 0; c < width; c++) cells.push(empty(r.line.src));
    const placed = r.line.values.length === width ? null : placeByEdges(r.line.values.map((s) => s.to), edges);
    r.line.values.forEach((s, k) => {
      const col = placed === null ? k : placed.columns[k]!;
      cells[1 + col] = toGridCell(file, r.line.src, s.from, s.to);
      if ((r.swallowed && k === 0) || r.line.spaced) cells[1 + col]!.readBy = 'spaced';
      // A figure that stands between two columns' edges, or where another of its row stands: its column is a guess.
      if (placed?.guessed[k]) {
        cells[1 + col]!.uncertain = DOUBT_FEWER;
        cells[1 + col]!.placedByGuess = true;
      }
    });
    gridRows.push({ cells, location: cells[0]!.location });
  }
  const grid: Grid = { kind: 'grid', source: 'aligned', caption: noteTitle ? toTextLine(file, noteTitle) : null, rows: gridRows, headerRows: gridRows.length - rows.length };
  if (unitLine) grid.unitNote = toTextLine(file, unitLine, unitLine.raw.length - unitLine.raw.trimStart().length, unitLine.raw.trimEnd().length);
  // A unit after the last year of the header is the table's (years-then-unit.ts).
  liftUnitAfterLastYear(grid);
  return { grid, end };
}
