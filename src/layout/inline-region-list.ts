import { decreaseMarked, parseListItem, type ListLabelTest } from './region-list.js';
import { parseAmountFirstItem } from './amount-first-list.js';
import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import { isTotalLabelText } from './total-label.js';
import type { Grid, GridRow, TextBlock } from './types.js';

/**
 * A region list written as one sentence, the way news pages run it on:
 *
 *   Medlen fördelas så här: Region Uppsala 12,3 miljoner kronor, Region Skåne 45,6 miljoner
 *   kronor och Region Gotland 4,5 miljoner kronor.
 *   Region Stockholm får 400 miljoner kronor, Västra Götalandsregionen 350 och Region Skåne 250.
 *
 * The text after the lead-in's colon (or the whole line) splits at commas, "och" and "samt" outside
 * parentheses into pieces, each read as a list item ("label amount (second amount)"). At least
 * MIN_ITEMS pieces, every one an item and most naming regions, make a `list` grid with the
 * lead-in as its caption; anything else stays prose. Only region names make it a table.
 */
const MIN_ITEMS = 3;
const MAX_LINE = 2000;
// A piece whose figure is misprinted ("Gävleborg 38 05") is still the list's row: its label, then
// the figure as printed, which the table reader reports as unreadable rather than losing the list.
const MAX_MISPRINTS = 1;
const MISPRINTED_LABEL = /^\p{L}[\p{L} .-]*$/u;
const MISPRINTED_FIGURE = /^\d[\d \u00a0]*(?:,\d+)?$/;

type Span = [number, number];

/** The words that open a clause closing a sentence after its list ("…, vilket är mer än i fjol"), in lower case as a comma leaves them. */
const CLOSING_CLAUSE = /^(?:vilket|vilka|medan|men|något som)\s/;

/** The pieces of `raw` from `from` on, split at ", ", " och " and " samt " outside parentheses, without the closing full stop. */
function pieces(raw: string, from: number): Span[] {
  let end = raw.trimEnd().length;
  if (raw[end - 1] === '.') end--;
  const out: Span[] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < end; i++) {
    const ch = raw[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === ',' && raw[i + 1] === ' ') {
      out.push([start, i]);
      start = i + 2;
    } else if (depth === 0 && ch === ' ' && (raw.startsWith(' och ', i) || raw.startsWith(' samt ', i))) {
      out.push([start, i]);
      start = i + (raw.startsWith(' och ', i) ? 5 : 6);
    }
  }
  out.push([start, end]);
  return out;
}

/** The indices of the full stops (or ! ?) that end a sentence of the line before its last: each followed by a space and a capital. */
function sentenceEnds(raw: string): number[] {
  const out: number[] = [];
  for (const m of raw.matchAll(/[.!?] (?=\p{Lu})/gu)) {
    // "t.ex. Region …", "bl.a. Region …": an abbreviation's full stop ends no sentence.
    if (/(?:^|[\s(])\p{L}{1,3}\.\p{L}{1,3}$/u.test(raw.slice(0, m.index))) continue;
    out.push(m.index);
  }
  return out;
}

/** The index of the full stop (or ! ?) that ends the line's last sentence but one, or -1. */
function lastSentenceEnd(raw: string): number {
  return sentenceEnds(raw).at(-1) ?? -1;
}

const capitalised = (s: string): string => s.slice(0, 1).toUpperCase() + s.slice(1);

/** "743 miljoner kronor till Norrbotten": the amount first and the region after "till" or a dash. */
function amountFirst(text: string): { label: Span; values: Span[] } | null {
  const p = parseAmountFirstItem(text);
  return p && !p.percent && !p.bare ? { label: p.label, values: [p.value] } : null;
}

/**
 * "… fördelas 743 miljoner kronor till Norrbotten, 794 … till Västerbotten och …": a sentence
 * without a colon whose first piece opens with the lead-in's words; the list starts at the first
 * figure that begins an amount-first item. Returns that figure's offset in `text`, or -1.
 */
function amountFirstStart(text: string): number {
  for (const m of text.matchAll(/ (?=[-−]?\d)/g)) if (amountFirst(text.slice(m.index + 1)) !== null) return m.index + 1;
  return -1;
}

/**
 * Where a region's name starts inside a label that opens with words of the sentence ("I beslutet
 * får Region Halland", "Beslutet innebär att Region Skåne"): the offset of the longest tail that
 * starts with a capital after a space and names a region, or -1.
 */
function regionInLabel(label: string, isListLabel: ListLabelTest): number {
  for (const m of label.matchAll(/ (?=\p{Lu})/gu)) if (isListLabel(label.slice(m.index + 1))) return m.index + 1;
  return -1;
}

/** "dvs. tillsammans drygt 2,2 miljarder", "totalt 2 233 miljoner kronor": a closing piece that states the whole. */
const CLOSING_TOTAL = /^(?:(?:dvs\.?|det vill säga|alltså)[ \u00a0]+)?(tillsammans|totalt|sammanlagt)[ \u00a0]+(?=\S*\d|(?:drygt|knappt|cirka|ca|omkring|nästan|runt|över|under)[ \u00a0]+\d)/i;

function closingTotal(text: string): { label: Span; values: Span[] } | null {
  const m = CLOSING_TOTAL.exec(text);
  if (!m) return null;
  const word = m.index + m[0].indexOf(m[1]!);
  const end = text.trimEnd().length;
  // Only an amount after the word, no further clause: "tillsammans 2,2 miljarder kronor".
  if (/[,;:](?!\d)/.test(text.slice(m[0].length, end)) || /\d[ \u00a0]+\p{L}+[ \u00a0]+\p{L}+[ \u00a0]+\p{L}/u.test(text.slice(m[0].length, end))) return null;
  return { label: [word, word + m[1]!.length], values: [[m[0].length, end]] };
}

/** "Gävleborg 38 05": a region and a figure no amount reading accepts, as label and value spans. */
function misprinted(text: string, isListLabel: ListLabelTest): { label: Span; values: Span[]; misprint: true } | null {
  const trimmed = text.trimEnd();
  const digit = trimmed.search(/\d/);
  if (digit <= 0) return null;
  const label = trimmed.slice(0, digit).trimEnd();
  const figure = trimmed.slice(digit);
  if (label.length === digit || !MISPRINTED_LABEL.test(label) || !MISPRINTED_FIGURE.test(figure) || !isListLabel(label)) return null;
  return { label: [0, label.length], values: [[digit, trimmed.length]], misprint: true };
}

/** The grid, and the lead-in as a paragraph of its own (read as prose too, as a caption above a list is). */
export function detectInlineRegionList(file: string, src: SourceLine, isListLabel: ListLabelTest): { lead: TextBlock | null; grid: Grid; tail?: TextBlock; tailAt?: number } | null {
  if (src.raw.length > MAX_LINE) return null;
  // The list's sentence followed by more on the same line ("… och Region Blekinge 2,2 miljoner kronor. Totalt
  // handlar det om 18,6 miljoner."): the list ends at its sentence's end, and what follows is a paragraph of
  // its own, not the last item's description.
  return withTail(file, src, isListLabel) ?? withClause(file, src, readLine(file, src, isListLabel));
}

/** A list read up to a clause that closes its sentence (`clauseAt`): the clause on is a paragraph of its own. */
function withClause(file: string, src: SourceLine, found: Read | null): { lead: TextBlock | null; grid: Grid; tail?: TextBlock; tailAt?: number } | null {
  if (!found || found.clauseAt === undefined) return found && { lead: found.lead, grid: found.grid };
  const line = toTextLine(file, src, found.clauseAt, src.raw.trimEnd().length);
  return { lead: found.lead, grid: found.grid, tail: { kind: 'text', role: 'paragraph', lines: [line] }, tailAt: found.clauseAt };
}

function withTail(file: string, src: SourceLine, isListLabel: ListLabelTest): { lead: TextBlock | null; grid: Grid; tail: TextBlock; tailAt: number } | null {
  const raw = src.raw;
  for (const end of sentenceEnds(raw)) {
    const found = readLine(file, { ...src, raw: raw.slice(0, end + 1) }, isListLabel);
    if (!found) continue;
    const at = found.clauseAt ?? end + 2;
    const line = toTextLine(file, src, at, raw.trimEnd().length);
    return { lead: found.lead, grid: found.grid, tail: { kind: 'text', role: 'paragraph', lines: [line] }, tailAt: at };
  }
  return null;
}

/** A list read from a line; `clauseAt`: where a clause closing the list's sentence starts ("…, vilket är mer än i fjol."). */
interface Read {
  lead: TextBlock | null;
  grid: Grid;
  clauseAt?: number;
}

function readLine(file: string, src: SourceLine, isListLabel: ListLabelTest): Read | null {
  const raw = src.raw;
  const last = raw.lastIndexOf(': ');
  const read = readAfter(file, src, isListLabel, last);
  if (read || last < 0) return read;
  // Items that set their own figures off by a colon ("… så här: Region Gotland: 4,5 mnkr, Region Skåne: 12 mnkr …"): the lead-in ends at an earlier colon.
  for (let c = raw.indexOf(': '); c >= 0 && c < last; c = raw.indexOf(': ', c + 2)) {
    const earlier = readAfter(file, src, isListLabel, c);
    if (earlier) return earlier;
  }
  return null;
}

/** The list after the lead-in that ends at `colon` (-1: no colon). */
function readAfter(file: string, src: SourceLine, isListLabel: ListLabelTest, colon: number): Read | null {
  const raw = src.raw;
  // The lead-in ends at the colon, or else at the last full stop that closes a sentence before
  // the list ("Totalt fördelas 165 miljoner kronor. Region Stockholm får 44 miljoner, …"): pieces
  // never run across a sentence, or the sentence before would swallow the list's first item.
  const stop = colon < 0 ? lastSentenceEnd(raw) : -1;
  let leadEnd = colon >= 0 ? colon : stop;
  // A lead-in cut from the list's own sentence ("Av ramen på 33,1 miljarder kronor fördelas") is prose, not a caption: its amount may be the frame the list is taken from.
  let captioned = true;
  let from = leadEnd < 0 ? raw.length - raw.trimStart().length : leadEnd + 2;
  // No colon: the list may start inside the first piece, at its first amount-first item ("… fördelas 743 miljoner kronor till …").
  if (colon < 0) {
    const first = pieces(raw, from)[0]!;
    const text = raw.slice(first[0], first[1]);
    const head = capitalised(text.trimStart());
    const item = parseListItem(head);
    // "Regeringen ger 12,5 miljoner kronor till Region Kalmar län, …" reads as an item of "Regeringen ger": not a region, so the list starts at the amount.
    if ((item === null || !isListLabel(head.slice(item.label[0], item.label[1]))) && amountFirst(text.trimStart()) === null) {
      // "I beslutet får Region Halland 8,4 miljoner kronor, …": the list starts at the region that ends the first piece's label.
      const at = amountFirstStart(text);
      const named = at > 0 || item === null ? -1 : regionInLabel(head.slice(item.label[0], item.label[1]), isListLabel);
      const start = at > 0 ? at : named > 0 ? text.length - text.trimStart().length + item!.label[0] + named : -1;
      if (start > 0) {
        leadEnd = first[0] + start - 2;
        from = first[0] + start;
        captioned = false;
      }
    }
  }
  const rows: GridRow[] = [];
  let regions = 0;
  let totals = 0;
  let misprints = 0;
  const spans = pieces(raw, from);
  // Two regions after a lead-in's colon are a list too (region-list.ts's isTwoAfterLeadIn, run on in a sentence).
  const two = colon >= 0 && spans.length === 2;
  if (spans.length < MIN_ITEMS && !two) return null;
  let clauseAt: number | undefined;
  for (const [k, [a, b]] of spans.entries()) {
    const text = raw.slice(a, b);
    const lead = text.length - text.trimStart().length;
    // ", vilket är mer än förra året": a clause closing the sentence after the list's items ends the list, and stays prose.
    if (k >= MIN_ITEMS && CLOSING_CLAUSE.test(text.trimStart())) {
      clauseAt = a + lead;
      break;
    }
    // The last piece may state the whole ("dvs. tillsammans 2,2 miljarder"): the list's total row.
    const closing = k === spans.length - 1 && k >= MIN_ITEMS ? closingTotal(text.trimStart()) : null;
    if (closing) totals++;
    // The first piece of a sentence without a lead-in keeps its capital; later ones may start in lower case.
    const item = closing ?? parseListItem(capitalised(text.trimStart())) ?? amountFirst(text.trimStart()) ?? misprinted(text.trimStart(), isListLabel);
    if (!item || ('misprint' in item && ++misprints > MAX_MISPRINTS)) return null;
    const at = a + lead;
    const label = raw.slice(at + item.label[0], at + item.label[1]);
    if (isListLabel(label)) regions++;
    if (!closing && isTotalLabelText(label.split(' ')[0] ?? '')) totals++;
    // Where an item ends is read from commas and "och" in running text, not from printed cells: the figures
    // are marked so, and a sum over them that disagrees warns, never errs.
    const cells = [item.label, ...item.values].map(([x, y], k) => (k === 0 ? toGridCell(file, src, at + x, at + y) : decreaseMarked({ ...toGridCell(file, src, at + x, at + y), readBy: 'spaced' as const }, k, (item as { decrease?: string }).decrease)));
    rows.push({ cells, location: cells[0]!.location });
  }
  if (two ? regions !== 2 || totals > 0 : regions < MIN_ITEMS || regions * 3 < (rows.length - totals) * 2) return null;
  const width = Math.max(...rows.map((r) => r.cells.length));
  for (const r of rows) while (r.cells.length < width) r.cells.push({ ...toGridCell(file, src, raw.length, raw.length), text: '' });
  const grid: Grid = { kind: 'grid', source: 'list', caption: null, rows, headerRows: 0 };
  const clause = clauseAt === undefined ? {} : { clauseAt };
  if (leadEnd < 0) return { lead: null, grid, ...clause };
  const line = toTextLine(file, src, raw.length - raw.trimStart().length, leadEnd + 1);
  if (captioned) grid.caption = { text: line.text, location: line.location };
  return { lead: { kind: 'text', role: 'paragraph', lines: [line] }, grid, ...clause };
}
