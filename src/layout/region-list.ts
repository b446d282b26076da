import { QUALIFIER_WORDS } from '../../grammars/amount/lexicon.js';
import { DECREASE_VERBS, LOSS_VERBS, PARTICLES, PARTICLE_VERBS } from '../lexicon/decrease-words.js';
import { LIST_BULLET } from './list-items.js';
import { skipPageFurniture } from './list-page-break.js';
import type { SourceLine } from './source-line.js';
import { toGridCell } from './source-line.js';
import { isTotalLabelText } from './total-label.js';

import type { Grid, GridCell, GridRow, TextLine } from './types.js';
import { rowsAfterTotal } from './total-tail.js';
import { isBlankToken } from './blank-token.js';
import { isLeadClause } from './lead-clause-item.js';
import { colonFact, factLineAfter } from './record-fact-lines.js';

/**
 * Region amounts given as a list, one region a line or bullet, read as a table:
 *
 *   * Uppsala: 84 300 000
 *   * Region Skåne 12,3 miljoner kronor (förra året 11,8)
 *   3. Gotland – 4,5 mnkr
 *
 * A run of at least MIN_ITEMS such lines (blank lines between them allowed), most of them
 * naming a region, becomes a grid of source `list` with a label and an amount cell per line;
 * a second figure in parentheses ("(förra året 11,8)", "(2023: 11,8)") is a second column.
 * A line "Totalt: …" in the run is its total row. A line of two column heads right above the
 * run ("LANDSTING      KRONOR", "Län<tab>Belopp (kr)") is its header row, so that the unit a
 * person reads there goes with the amounts. Only region names make a list a table the rules
 * check: a list of other things with amounts stays prose, for the text rules (and is read as a
 * table for what it holds, item-amount-list.ts). Layout knows no region
 * names; the reader hands in the test for a label (`isListLabel`).
 */
const MIN_ITEMS = 3;
const MAX_LABEL = 60;
const LABEL = /^[A-ZÅÄÖ][^\d:–—\t()]*$/;
/** A number as lists write it: digit groups by space, NBSP or thin space, a decimal comma. */
const NUMBER = /[-−]?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?/y;
const SCALE_WORDS = new Set(['miljarder', 'miljard', 'miljoner', 'miljon', 'mdkr', 'mnkr', 'mkr', 'tkr', 'tusen', 'md', 'mn']);
const CURRENCY = new Set(['kronor', 'kr', 'sek', 'euro', '%', 'procent']);
const SEPARATORS = ':–—-=,';
/** What may stand before the second figure inside its parentheses: words ("förra året:") or a year ("2023:"). */
/** Words that make a figure in parentheses a part of the amount before it. */
const PART_OF = /\b(?:varav|därav|inklusive|inkl|exklusive|exkl|av\s+vilka|av\s+dessa)\b/i;
/** What an amount is for, after it: a preposition or "som", "att", and words without figures; no lead-in (":"). */
const PURPOSE = /^(?:för|till|inom|under|som|att|avsett|avsedda|riktat|riktade|i)[ \u00a0][^\d:]*$/;
/** The year an amount is for, after it: "för 2024", "år 2025.", "under 2023–2024". */
const YEAR_AFTER = /^(?:(?:för|under|år|i)[ \u00a0]+)?(?:år[ \u00a0]+)?(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?\.?$/i;
const YEAR_NOTE = /^(?:år )?(?:19|20)\d\d(?:[-–](?:19|20)?\d\d)?$/i;
const PAREN_LEAD = /^(?:[^\d()]{0,30}?(?:19|20)\d\d(?::\s*|\s+)|[^\d()]{0,40}?)(?=[-−]?\d)/;

/** A verb of receiving right before the amount, ending the label ("Region Skåne får …", "Gotland tilldelas …"). */
const RECEIVES = /\s(?:får|fick|tilldelas|tilldelades|beviljas|beviljades|erhåller|erhöll)$/i;
/** "Dalarna med 27 miljoner kronor": "med" links a region to its amount, but no clause of purpose may follow as after a verb. */
const WITH = /\smed$/i;
/** "Till Region Skåne går 12,3 miljoner kronor": the region between "Till" and a verb of going, one a line. */
const GOES_FROM = /^till[ \u00a0]/i;
const GOES_VERB = /[ \u00a0](?:går|gick|betalas ut|betalas|avsätts|avsattes|fördelas|fördelades)$/i;

/** The region of "Till Region Skåne går", or null. Read in two steps: one pattern with a lazy middle would backtrack over the spaces. */
function goesTo(head: string): string | null {
  const verb = GOES_VERB.exec(head);
  if (!verb || !GOES_FROM.test(head)) return null;
  const region = head.slice(5, verb.index).trim();
  return region === '' ? null : region;
}
/** A county's two-digit code before its name ("08 Kalmar län 20 000 000 kr"): part of the label, as statistics lists print it. */
const COUNTY_CODE = /^\d{2}[ \u00a0](?=[A-ZÅÄÖ])/;
/** Leader dots between a label and its amount: the marks and spaces at the end of the label, when they hold two dots or an ellipsis. */
function withoutLeader(head: string): string {
  let i = head.length;
  while (i > 0 && ' .…·\u00a0'.includes(head[i - 1]!)) i--;
  return /\.\.|…|··/.test(head.slice(i)) ? head.slice(0, i).trimEnd() : head;
}
/** The kronor sign after a figure: "20 000 000:-". */
const KRONOR_SIGN = /^[ \u00a0]?:-/;

type Span = [number, number];

/**
 * "Region Halland: cirka 4,5 mnkr", "Västra Götaland drygt 300 miljoner": a word right before the
 * number that gives it as approximate belongs to the amount, not the label. Returns where it
 * starts, or null.
 */
function qualifierBefore(raw: string, from: number, valueFrom: number): number | null {
  const head = raw.slice(from, valueFrom).trimEnd();
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\u00a0'));
  const word = head.slice(space + 1).toLowerCase();
  if (space < 0 || !QUALIFIER_WORDS.has(word)) return null;
  return from + space + 1;
}

/** Past a qualifier word and its space at `at` ("cirka 4,5" → the "4"), or `at` when none stands there. */
function pastQualifier(text: string, at: number): number {
  const m = /^(\S+)[ \u00a0]+/.exec(text.slice(at, at + 12));
  return m && QUALIFIER_WORDS.has(m[1]!.toLowerCase()) ? at + m[0].length : at;
}

/**
 * "Halland minskar med 5 mnkr", "Region Kalmar län förlorar 7 miljoner": a verb of loss or
 * decrease between the label and the amount. The amount is the size of a change, not what the
 * region is paid; the row keeps it, marked, so a sum over it can only warn. Returns the label
 * without the verb and the verb's words, or null.
 */
function withoutDecrease(head: string): { label: string; words: string } | null {
  const found = [...head.matchAll(/\S+/g)];
  const lower = found.map((m) => m[0].toLowerCase());
  const n = lower.length;
  let cut = 0;
  if (LOSS_VERBS.has(lower[n - 1] ?? '')) cut = 1;
  else if (lower[n - 1] === 'med' && DECREASE_VERBS.has(lower[n - 2] ?? '')) cut = 2;
  else if (lower[n - 1] === 'med' && PARTICLES.has(lower[n - 2] ?? '') && PARTICLE_VERBS.has(lower[n - 3] ?? '')) cut = 3;
  if (cut === 0 || cut >= n) return null;
  // Cut at the verb's place in the line, so that the label keeps its spaces as printed.
  const at = found[n - cut]!.index;
  return { label: head.slice(0, at).trimEnd(), words: head.slice(at) };
}

/** The number at `at` and the scale and currency words after it: "12,3 miljoner kronor", "9 %". */
function readAmount(raw: string, at: number): number | null {
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(raw);
  if (!m) return null;
  let end = at + m[0].length;
  if (/\d/.test(raw[end] ?? '')) return null;
  for (const words of [SCALE_WORDS, CURRENCY]) {
    const w = /^[ \u00a0]*([^\s(),.;:*]+)/.exec(raw.slice(end));
    if (w && words.has(w[1]!.toLowerCase())) end += w[0].length;
  }
  const sign = KRONOR_SIGN.exec(raw.slice(end));
  if (sign) end += sign[0].length;
  return end;
}

/**
 * "* Uppsala: 84 300 000", "Region Skåne 12,3 miljoner kronor (11,8 miljoner)", "**Gotland** – 4,5 mnkr":
 * the label before the first digit, then an amount, at most one more in parentheses, and
 * nothing after but a new sentence ("… 12,3 miljoner. Medlen går till …").
 * Read piece by piece rather than by one pattern, which would backtrack over the spaces.
 */
export interface ListItem {
  label: Span;
  values: Span[];
  /** The verb of loss or decrease that governs the amounts ("minskar med"): they are changes, not payouts. */
  decrease?: string;
}

export function parseListItem(raw: string): ListItem | null {
  const read = readListItem(raw);
  if (!read) return null;
  const { item, qualifier, decrease } = read;
  // The qualifier is the first amount's: its cell reads "cirka 4,5 mnkr", which the table reader takes as approximate.
  if (qualifier !== null) item.values[0] = [qualifier, item.values[0]![1]];
  if (decrease !== null) item.decrease = decrease;
  return item;
}

function readListItem(raw: string): { item: ListItem; qualifier: number | null; decrease: string | null } | null {
  let from = raw.length - raw.trimStart().length;
  const bullet = LIST_BULLET.exec(raw.slice(from));
  if (bullet) from += bullet[0].length;
  const code = COUNTY_CODE.exec(raw.slice(from));
  const skip = code ? code[0].length : 0;
  const digit = raw.slice(from + skip).search(/\d/);
  if (digit < 0) return null;
  let valueFrom = from + skip + digit;
  if (valueFrom > 0 && '-−'.includes(raw[valueFrom - 1]!) && (valueFrom - 1 === from || raw[valueFrom - 2] === ' ')) {
    // A minus right before the number is its sign unless it is a separator after the label ("Gotland – 4,5").
    if (valueFrom - 1 === from || !SEPARATORS.includes(raw.slice(from, valueFrom - 1).trimEnd().slice(-1))) valueFrom--;
  }
  const qualifier = qualifierBefore(raw, from, valueFrom);
  let head = raw.slice(from, qualifier ?? valueFrom).replaceAll('*', ' ').replaceAll('__', ' ').trimEnd();
  // "Region Skåne ……… 12,3 mnkr", "Kalmar län ........ 20 000 000": leader dots run from the label to its amount.
  head = withoutLeader(head);
  // "Region Skåne (12,3 miljoner kronor)": the whole amount in parentheses after the label.
  const enclosed = head.endsWith('(');
  if (enclosed) head = head.slice(0, -1).trimEnd();
  while (head !== '' && SEPARATORS.includes(head.slice(-1))) head = head.slice(0, -1).trimEnd();
  const decrease = withoutDecrease(head.trim());
  if (decrease) head = decrease.label;
  const done = (item: ListItem | null): { item: ListItem; qualifier: number | null; decrease: string | null } | null =>
    item === null ? null : { item, qualifier, decrease: decrease?.words ?? null };
  // "Region Skåne får 12,3 miljoner": a verb of receiving links the label to its amount, as a separator would.
  const goes = goesTo(head.trim());
  const label = goes ?? head.replace(RECEIVES, '').replace(WITH, '').trim();
  const name = code ? label.slice(code[0].length) : label;
  if (label === '' || label.length > MAX_LABEL || !LABEL.test(name)) return null;
  const labelFrom = goes ? raw.indexOf(label, from) : raw.indexOf(label.slice(0, 1), from);
  if (labelFrom < 0) return null;
  const end = readAmount(raw, valueFrom);
  if (end === null) return null;
  // "Stödet ska användas under 2022.": a bare year after a preposition says when, in a sentence; it is no amount of a list.
  if (/^(?:19|20)\d\d$/.test(raw.slice(valueFrom, end)) && TIME_PREPOSITION_END.test(raw.slice(from, valueFrom).trimEnd())) return null;
  const values: Span[] = [[valueFrom, end]];
  let at = skipMarks(raw, end);
  if (enclosed) return raw[at] === ')' ? done(finishItem(raw, skipMarks(raw, at + 1), labelFrom, label, values)) : null;
  if (raw[at] === '(') {
    const close = raw.indexOf(')', at);
    const inner = close < 0 ? '' : raw.slice(at + 1, close);
    // "(2023)", "(år 2024)": the year the amount is for, a note, not a second figure.
    if (YEAR_NOTE.test(inner)) return done(finishItem(raw, skipMarks(raw, close + 1), labelFrom, label, values));
    const lead = PAREN_LEAD.exec(inner);
    // "(varav 40)", "(därav 1,2 miljoner för …)": a part of the amount before it, not another column,
    // but a note the cell keeps with its number ("22,4 miljoner kronor (varav 2,1 miljoner …)").
    if (lead && close > 0 && PART_OF.test(lead[0]) && /^\s*(?:varav|därav)\b/i.test(inner)) {
      values[0] = [valueFrom, close + 1];
      return done(finishItem(raw, skipMarks(raw, close + 1), labelFrom, label, values));
    }
    if (!lead || PART_OF.test(lead[0])) return null;
    const from2 = at + 1 + lead[0].length;
    const end2 = readAmount(raw, from2);
    // "(4,1 miljoner kronor 2022)": the year the second figure is for may follow it.
    const after2 = end2 === null ? '' : raw.slice(end2, close).trim();
    if (end2 === null || (after2 !== '' && !YEAR_AFTER.test(after2))) return null;
    values.push([from2, end2]);
    at = skipMarks(raw, close + 1);
  }
  // "Gotland får 8 miljoner kronor mindre (än i fjol)": a comparative after the amount makes it a decrease too.
  const less = values.length === 1 ? LESS_AFTER.exec(raw.slice(at)) : null;
  if (less && decrease === null) {
    const item = finishItem(raw, at + less[0].length, labelFrom, label, values, true);
    return item === null ? null : { item, qualifier, decrease: less[1]! };
  }
  // A verb of receiving links the amount to its region as unit words do: a clause of purpose may follow it.
  return done(finishItem(raw, at, labelFrom, label, values, RECEIVES.test(head) || goes !== null || decrease !== null));
}

/** A label ending in a preposition of time ("… ska användas under", "… gäller från"): the year after it is in a sentence. */
const TIME_PREPOSITION_END = /[ \u00a0](?:under|för|från|till|sedan|efter|före|inför|inom|i|år)$/i;

/** "mindre" or "lägre" right after an amount, with what it is compared with ("än i fjol", no figure). */
const LESS_AFTER = /^(mindre|lägre)(?:[ \u00a0]+än[ \u00a0][^\d.;:]*)?(?=$|[.,;])/i;

function finishItem(raw: string, at: number, labelFrom: number, label: string, values: Span[], received = false): ListItem | null {
  const rest = raw.slice(at).trimEnd();
  // Nothing more, a closing mark, a new sentence that describes the item, or what the amount is
  // for, without figures ("Region Skåne får 12,3 miljoner kronor för att korta vårdköerna.").
  // The clause only after an amount with its unit words: "… med 2023 inom parentes." is a lead-in.
  const linked = received || /\p{L}/u.test(raw.slice(values[0]![0], values[0]![1]));
  if (!/^[.;,]?$/.test(rest) && !/^\.\s+\S/.test(rest) && !(linked && (PURPOSE.test(rest) || YEAR_AFTER.test(rest)))) return null;
  // "Totalt omfattar satsningen 25,5 mnkr. Så här fördelas stödet:": a sentence that ends in a colon opens what follows; the line is a lead-in, not an item.
  if (rest.endsWith(':')) return null;
  return { label: [labelFrom, labelFrom + label.length], values };
}

function skipMarks(raw: string, at: number): number {
  let i = at;
  while (i < raw.length && /[ \u00a0*_]/.test(raw[i]!)) i++;
  return i;
}

interface Item {
  src: SourceLine;
  label: Span;
  values: Span[];
  decrease?: string;
  region: boolean;
  total: boolean;
  /** The label ends in a colon ("Stöd och omsorg: 213,4 miljoner"). */
  colon: boolean;
}

/** The name after a county code ("08 Kalmar län" → "Kalmar län"): whether the code is the county's own the table reader decides. */
const withoutCode = (label: string): string => label.replace(COUNTY_CODE, '');

/** Whether a list label names what makes the list a table (a region). */
export type ListLabelTest = (label: string) => boolean;

function itemAt(src: SourceLine, isListLabel: ListLabelTest): Item | null {
  const parsed = parseListItem(src.raw);
  if (!parsed) return null;
  const label = src.raw.slice(parsed.label[0], parsed.label[1]);
  const colon = src.raw.slice(parsed.label[1], parsed.values[0]![0]).includes(':');
  return { src, ...parsed, region: isListLabel(withoutCode(label)), total: isTotalLabelText(label.split(' ')[0] ?? ''), colon };
}

/**
 * A region whose figure is not given ("Region Västmanland –", "Gotlands län .."), between items:
 * an item with its cell blank, so the list is not cut in two at it.
 */
function blankItemAt(src: SourceLine, isListLabel: ListLabelTest): Item | null {
  const raw = src.raw.trimEnd();
  const at = raw.lastIndexOf(' ');
  if (at <= 0 || !isBlankToken(raw.slice(at + 1))) return null;
  const from = raw.length - raw.trimStart().length;
  const label = raw.slice(from, at).trimEnd();
  if (!LABEL.test(withoutCode(label)) || !isListLabel(withoutCode(label))) return null;
  return { src, label: [from, from + label.length], values: [[at + 1, raw.length]], region: true, total: false, colon: false };
}

/** An item whose only figure is a bare year ("Medel per region 2025") and whose label names no region: a title. */
function isYearTitle(x: Item): boolean {
  return x.values.length === 1 && !x.region && !x.total && /^(?:19|20)\d{2}$/.test(x.src.raw.slice(x.values[0]![0], x.values[0]![1]).trim());
}

/** The next line with text below `from` is an item that is no year title itself (`titles`: or one that is). */
function nextItemIsNoYearTitle(lines: SourceLine[], from: number, isListLabel: ListLabelTest, titles = false): boolean {
  let j = from;
  while (j < lines.length && lines[j]!.raw.trim() === '') j++;
  const next = j < lines.length ? itemAt(lines[j]!, isListLabel) : null;
  return next !== null && (titles || !isYearTitle(next));
}

/** Words of a label that make it a clause rather than a name ("Regeringen har beslutat att betala ut"). */
const SENTENCE_WORDS = 4;

/**
 * An item that names no region and no total, worded as a clause and closed by a full stop, with a
 * blank line between it and the items (`beside`: the line on the side of the items): a sentence about the list, not a row of it.
 */
function isSentenceApart(item: Item, beside: SourceLine | undefined): boolean {
  if (item.region || item.total || beside === undefined || beside.raw.trim() !== '') return false;
  // A sentence ends with its full stop; "Övriga län och myndigheter: 5 mnkr" is an item of the list, whatever its length.
  if (item.colon || !item.src.raw.trimEnd().endsWith('.')) return false;
  const label = item.src.raw.slice(item.label[0], item.label[1]);
  return label.trim().split(/\s+/).length >= SENTENCE_WORDS;
}

/** Enough items, and most of those that are not the total name a region. */
function isRegionRun(items: readonly { region: boolean; total: boolean }[]): boolean {
  const regions = items.filter((x) => x.region).length;
  return regions >= MIN_ITEMS && regions * 3 >= (items.length - items.filter((x) => x.total).length) * 2;
}

/**
 * Two items, both naming a region, right under a lead-in that ends in a colon ("Så här fördelas
 * pengarna:" / "- Västernorrland (44 621 tkr)" / "- Jämtland (4 840 tkr)"): the lead-in announces
 * them as a list, and two region names leave no doubt what its rows are.
 */
function isTwoAfterLeadIn(items: readonly Item[], lines: readonly SourceLine[], start: number): boolean {
  if (!isTwoRegions(items)) return false;
  let k = start - 1;
  while (k >= 0 && lines[k]!.raw.trim() === '') k--;
  const lead = k >= 0 ? lines[k]!.raw.trim() : '';
  return lead.endsWith(':') && !LIST_BULLET.test(lead);
}

const isTwoRegions = (items: readonly { region: boolean; total: boolean }[]): boolean => items.length === 2 && items.every((x) => x.region && !x.total);

/**
 * A list of other things than regions is a table only when every line has the same two-figure
 * shape a person reads as columns: "Post: 213,4 miljoner (förra året: 200,9 miljoner)" — a
 * colon after the label, an amount with scale words, a second figure in parentheses, and
 * the same scale words throughout. A plain "Post: belopp" list stays prose for the text rules.
 */
function isPairedRun(items: readonly Item[]): boolean {
  const body = items.filter((x) => !x.total);
  if (body.length < MIN_ITEMS || body.some((x) => !x.colon || x.values.length !== 2)) return false;
  return sharedUnit(items, (x) => x.src.raw) !== null;
}

/** Rows of label and amounts; a second column only when some item gives a second figure. */
function listRows<T>(items: readonly T[], cellsOf: (item: T) => GridCell[], emptyAt: (item: T) => GridCell): GridRow[] {
  const width = Math.max(...items.map((x) => cellsOf(x).length));
  return items.map((x) => {
    const cells = cellsOf(x);
    while (cells.length < width) cells.push({ ...emptyAt(x), text: '' });
    return { cells, location: cells[0]!.location };
  });
}

/** The unit words after a value's number ("miljoner kronor" in "12,3 miljoner kronor"), or ''. */
function unitWords(text: string, [from, to]: Span): { words: string; at: number } {
  NUMBER.lastIndex = pastQualifier(text, from);
  const m = NUMBER.exec(text);
  const after = m ? from + m[0].length : to;
  const words = text.slice(after, to);
  return { words: words.trim(), at: after + (words.length - words.trimStart().length) };
}

/**
 * "Skåne: 12,3 miljoner (11,8)", "Uppsala: 84,3 mnkr (80,0 mnkr)": when every first figure
 * carries the same scale words and no figure carries others, those words are the list's unit
 * (a bare second figure is in the unit of the first) and the cells keep the numbers only.
 * Otherwise each cell keeps its own words.
 */
function sharedUnit<T extends { values: Span[] }>(items: readonly T[], textOf: (x: T) => string): { item: T; span: Span } | null {
  const words = items.map((x) => x.values.map((v) => unitWords(textOf(x), v)));
  // A cell with a note ("(varav 2,1 miljoner …)") keeps its words: no unit is shared then.
  if (words.some((ws) => ws.some((u) => u.words.includes('(')))) return null;
  const w = words[0]![0]!.words.toLowerCase();
  if (!SCALE_WORDS.has(w.split(/\s+/)[0] ?? '')) return null;
  // News lists write the unit once, on the first line ("Falun 39,8 miljoner kronor" / "Borlänge 34,6"):
  // a bare figure after it is in that unit, when the unit is written on the first line only or on every line.
  if (words.some((ws) => ws.some((u) => u.words !== '' && u.words.toLowerCase() !== w))) return null;
  const once = words.slice(1).every((ws) => ws[0]!.words === '');
  if (!once && words.some((ws) => ws[0]!.words === '')) return null;
  const first = words[0]![0]!;
  return { item: items[0]!, span: [first.at, first.at + first.words.length] };
}

/**
 * A value cell of an item whose amount a verb of decrease governs ("Halland minskar med 5 mnkr"):
 * the figure is a change, which the list's sum may or may not net, so a sum over it can only warn.
 */
export function decreaseMarked(cell: GridCell, k: number, decrease: string | undefined): GridCell {
  if (k > 0 && decrease !== undefined && cell.text !== '') cell.uncertain ??= decrease;
  return cell;
}

/** A value span without its unit words. */
function numberOnly(text: string, span: Span): Span {
  const at = pastQualifier(text, span[0]);
  NUMBER.lastIndex = at;
  const m = NUMBER.exec(text);
  return m ? [span[0], at + m[0].length] : span;
}

/**
 * Column heads above a list: two short cells without digits, set apart by a tab or at least
 * two spaces, neither ending like a sentence. A header is at most one blank line above the list.
 */
const MAX_HEAD = 40;
const HEAD_GAP = /\t|\s{2,}/;

function headCells(raw: string): [number, number][] | null {
  if (/\d/.test(raw)) return null;
  const from = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const gap = HEAD_GAP.exec(text);
  if (!gap) return null;
  const first = text.slice(0, gap.index);
  const second = text.slice(gap.index + gap[0].length);
  if (HEAD_GAP.test(second)) return null;
  for (const head of [first, second]) if (head.length > MAX_HEAD || /[.:;!?,]$/.test(head)) return null;
  const secondFrom = from + gap.index + gap[0].length;
  return [
    [from, from + first.length],
    [secondFrom, secondFrom + second.length],
  ];
}

/** A line of dashes, equals signs or underscores only, as a table printed in text rules its header and total. */
export function isRuleLine(raw: string): boolean {
  const t = raw.trim();
  return t.length >= 3 && '-=_–—'.includes(t[0]!) && /^[-=_–— ]+$/.test(t);
}

/** Whether a line may be the header of a region list below it (see headCells). */
export function isListHeader(raw: string): boolean {
  return headCells(raw) !== null;
}

/**
 * A line that describes the item above it rather than starting a new one: right under an item
 * line, indented deeper than it, with no bullet of its own ("1. Gotland – 4 mnkr" /
 * "   Projekt för vattenförsörjning (3 år)").
 */
function isDescriptionLine(lines: SourceLine[], i: number): boolean {
  const raw = lines[i]!.raw;
  const above = lines[i - 1]?.raw ?? '';
  if (i === 0 || above.trim() === '' || LIST_BULLET.test(raw.trimStart())) return false;
  const indent = (s: string): number => s.length - s.trimStart().length;
  return indent(raw) > indent(above) && parseListItem(above) !== null;
}

/**
 * A list split in two by a lead-in of its own: a short line without figures that ends in a colon
 * ("Till regionerna i norr går:", "Därutöver får:"), and right after it an item naming a region the
 * list has not named yet. Returns the index of that item, or null.
 */
const MAX_BREAKS = 2;
const MAX_BREAK_LINE = 100;

function resumeAfterLeadIn(lines: SourceLine[], i: number, items: readonly Item[], isListLabel: ListLabelTest): number | null {
  const t = lines[i]!.raw.trim();
  if (t.length > MAX_BREAK_LINE || !t.endsWith(':') || /\d/.test(t) || LIST_BULLET.test(t)) return null;
  let j = i + 1;
  if (lines[j]?.raw.trim() === '') j++;
  const next = lines[j] ? itemAt(lines[j]!, isListLabel) : null;
  if (!next || !next.region || next.total) return null;
  const label = (x: Item): string => x.src.raw.slice(x.label[0], x.label[1]);
  return items.some((x) => label(x) === label(next)) ? null : j;
}

/**
 * The lead-in that split the list is a row of its own, with no figures, so no line is lost; the
 * items after it are read as part of the list above, which nothing on the page proves: their
 * cells say so, and a sum over them can only warn.
 */
function splitRows(file: string, rows: GridRow[], breaks: readonly { src: SourceLine; at: number }[]): void {
  const width = rows[0]!.cells.length;
  for (const row of rows.slice(breaks[0]!.at)) for (const cell of row.cells.slice(1)) if (cell.text !== '') cell.uncertain ??= 'continued after a lead-in of its own';
  for (const b of [...breaks].reverse()) {
    const from = b.src.raw.length - b.src.raw.trimStart().length;
    const label = toGridCell(file, b.src, from, b.src.raw.trimEnd().length);
    const cells = [label, ...Array.from({ length: width - 1 }, () => ({ ...toGridCell(file, b.src, b.src.raw.length, b.src.raw.length), text: '' }))];
    rows.splice(b.at, 0, { cells, location: label.location });
  }
}

export function detectRegionList(file: string, lines: SourceLine[], start: number, isListLabel: ListLabelTest): { grid: Grid; end: number } | null {
  const head = headCells(lines[start]?.raw ?? '');
  let headerRow: GridRow | null = null;
  if (head) {
    const src = lines[start]!;
    const cells = head.map(([from, to]) => ({ ...toGridCell(file, src, from, to), header: true }));
    headerRow = { cells, location: cells[0]!.location };
    start += lines[start + 1]?.raw.trim() === '' || isRuleLine(lines[start + 1]?.raw ?? '') ? 2 : 1;
    if ((lines[start]?.raw.trim() ?? '') === '') return null;
  }
  const items: Item[] = [];
  const breaks: { src: SourceLine; at: number }[] = [];
  let i = start;
  let end = start;
  while (i < lines.length) {
    const raw = lines[i]!.raw;
    // A rule printed under the header or over the total ("-----") parts no items.
    if (raw.trim() === '' || (items.length > 0 && isRuleLine(raw))) {
      i++;
      continue;
    }
    const item = itemAt(lines[i]!, isListLabel) ?? (items.length > 0 && nextItemIsNoYearTitle(lines, i + 1, isListLabel) ? blankItemAt(lines[i]!, isListLabel) : null);
    // The header's list starts on its next line, or there is none.
    if (!item && headerRow && items.length === 0) return null;
    // "Medel per region 2025" over the list is its title, not its first row: the list starts below it.
    // So is a run of such titles ("Beviljat bidrag per län 2016" / "Länsvis 2016"): the list starts below the last.
    if (item && items.length === 0 && isYearTitle(item) && nextItemIsNoYearTitle(lines, i + 1, isListLabel, true)) return null;
    if (!item && items.length > 0 && isDescriptionLine(lines, i)) {
      i++;
      continue;
    }
    // The list goes on after a page break (page number, running head).
    const next = !item && items.length > 0 ? skipPageFurniture(lines, i, (r) => parseListItem(r) !== null) : null;
    if (next !== null) {
      i = next;
      continue;
    }
    // A list split in two by a lead-in of its own ("Till regionerna i norr går:"), more regions after it.
    const resume = !item && items.length >= 2 && breaks.length < MAX_BREAKS ? resumeAfterLeadIn(lines, i, items, isListLabel) : null;
    if (resume !== null) {
      breaks.push({ src: lines[i]!, at: items.length });
      i = resume;
      continue;
    }
    if (!item) break;
    // "Regeringen har beslutat att betala ut 52 miljoner kronor till sex regioner." set apart above
    // the regions: the sentence that opens the list, not its first item; the list starts below it.
    if (items.length === 0 && isSentenceApart(item, lines[i + 1])) return null;
    // "Länsstyrelsen delar ut 15 miljoner kronor till …" right above the regions, no full stop: the lead, not an item (lead-clause-item.ts).
    if (items.length === 0 && !item.region && !item.total && !item.colon && isLeadClause(item.src.raw.slice(item.label[0], item.label[1]))) return null;
    // The same sentence set apart below the regions closes the list: it stays text.
    if (items.length >= MIN_ITEMS && isSentenceApart(item, lines[i - 1])) break;
    items.push(item);
    i++;
    end = i;
    // A total printed first ("Totalt 1 151,2" over the regions) heads the list; one printed later closes it.
    if (item.total && items.length > 1) {
      // Adjustment rows and the amount they leave, closed by a second total (total-tail.ts).
      const tail = rowsAfterTotal(lines, i, (src) => itemAt(src, isListLabel));
      items.push(...tail.items);
      end = Math.max(end, tail.end);
      break;
    }
  }
  if (!isRegionRun(items) && !isPairedRun(items) && !isTwoAfterLeadIn(items, lines, start)) return null;
  const unit = sharedUnit(items, (x) => x.src.raw);
  const span = (x: Item, v: Span): Span => (unit ? numberOnly(x.src.raw, v) : v);
  const cellsOf = (x: Item): GridCell[] => [x.label, ...x.values.map((v) => span(x, v))].map(([a, b], k) => decreaseMarked(toGridCell(file, x.src, a, b), k, x.decrease));
  const rows = listRows(items, cellsOf, (x) => toGridCell(file, x.src, x.src.raw.length, x.src.raw.length));
  if (breaks.length > 0) splitRows(file, rows, breaks);
  if (headerRow) rows.unshift(headerRow);
  const grid: Grid = { kind: 'grid', source: 'list', caption: null, rows, headerRows: headerRow ? 1 : 0 };
  if (unit) {
    const c = toGridCell(file, unit.item.src, unit.span[0], unit.span[1]);
    grid.unitNote = { text: c.text, location: c.location };
  }
  return { grid, end };
}

/** A cell cut out of a reader's text line (an HTML list item), placed by the line's columns. */
export function textCell(line: TextLine, [from, to]: Span): GridCell {
  const text = line.text.slice(from, to);
  const cols = line.columns;
  const location = cols && cols[from] !== undefined
    ? { ...line.location, column: cols[from]!, endColumn: (cols[Math.max(from, to - 1)] ?? cols[from]!) + 1 }
    : line.location;
  return { text, location, colspan: 1, rowspan: 1, header: false, bold: false };
}

/**
 * The same lists when the format already split them into items (HTML `<ul>`/`<ol>`): one
 * text line per item. Returns the grid when the items are a region list, else null.
 */
export function regionListFromItems(items: readonly TextLine[], isListLabel: ListLabelTest, afterLeadIn = false): Grid | null {
  const parsed = items.map((line) => {
    const p = parseListItem(line.text);
    if (!p) return null;
    const label = line.text.slice(p.label[0], p.label[1]);
    return { line, ...p, region: isListLabel(withoutCode(label)), total: isTotalLabelText(label.split(' ')[0] ?? '') };
  });
  if (parsed.some((p) => p === null)) return null;
  const ok = parsed as NonNullable<(typeof parsed)[number]>[];
  // Two regions make a list under a lead-in ending in a colon (isTwoAfterLeadIn), `afterLeadIn` the format's word for it.
  if (!isRegionRun(ok) && !(afterLeadIn && isTwoRegions(ok))) return null;
  const unit = sharedUnit(ok, (x) => x.line.text);
  const span = (x: (typeof ok)[number], v: Span): Span => (unit ? numberOnly(x.line.text, v) : v);
  const cellsOf = (x: (typeof ok)[number]): GridCell[] => [x.label, ...x.values.map((v) => span(x, v))].map((s, k) => decreaseMarked(textCell(x.line, s), k, x.decrease));
  const rows = listRows(ok, cellsOf, (x) => textCell(x.line, [x.line.text.length, x.line.text.length]));
  const grid: Grid = { kind: 'grid', source: 'list', caption: null, rows, headerRows: 0 };
  if (unit) {
    const c = textCell(unit.item.line, unit.span);
    grid.unitNote = { text: c.text, location: c.location };
  }
  return grid;
}

/**
 * Facts given per region as a block under the region's name, one "Key: value" a line, the
 * way map and fact-box pages print them:
 *
 *   Blekinge                     ## Region Uppsala
 *   Miljoner kronor              - Invånare: 395 000
 *   Alla stöd: 58,4              - Andel: 12 %
 *   Projektmedel: 54,7
 *
 * At least MIN_ITEMS such blocks in a row become one grid: a row per region, a column per key
 * (the keys are its header), and a short line without figures above the keys (the same in every
 * block) as the unit note. Only region names make the blocks a table.
 */
const NAME_MARKS = /^\s*(?:#{1,6}\s+|[-*+•]\s+)?(?:\*\*|__)?/;

function regionName(raw: string, isListLabel: ListLabelTest): Span | null {
  const from = NAME_MARKS.exec(raw)![0].length;
  const text = raw.slice(from).trimEnd().replace(/(?:\*\*|__)?:?$/, '').trimEnd();
  if (text === '' || /\d/.test(text) || !isListLabel(text)) return null;
  return [from, from + text.length];
}

interface Fact {
  key: string;
  src: SourceLine;
  label: Span;
  value: Span;
}

interface RegionRecord {
  src: SourceLine;
  name: Span;
  unit: SourceLine | null;
  facts: Fact[];
}

/** A block's fact: a list item of one figure, or "Key: figure" with a key no list label could be (record-fact-lines.ts). */
function factOf(raw: string): { label: Span; value: Span } | null {
  const item = parseListItem(raw);
  if (item) return item.values.length === 1 ? { label: item.label, value: item.values[0]! } : null;
  return colonFact(raw);
}

export function detectRegionRecords(file: string, lines: SourceLine[], start: number, isListLabel: ListLabelTest): { grid: Grid; end: number } | null {
  const keyOf = (raw: string): string | null => {
    const fact = factOf(raw);
    const key = fact === null ? null : raw.slice(fact.label[0], fact.label[1]);
    return key === null || isListLabel(key) ? null : key;
  };
  const records: RegionRecord[] = [];
  let i = start;
  let end = start;
  const skipBlank = (): void => {
    while (i < lines.length && lines[i]!.raw.trim() === '') i++;
  };
  while (i < lines.length) {
    const name = regionName(lines[i]!.raw, isListLabel);
    if (!name) break;
    const record: RegionRecord = { src: lines[i]!, name, unit: null, facts: [] };
    i++;
    skipBlank();
    const maybeUnit = lines[i];
    if (maybeUnit && !/[\d:]/.test(maybeUnit.raw) && maybeUnit.raw.trim().length <= 40 && !regionName(maybeUnit.raw, isListLabel)) {
      record.unit = maybeUnit;
      i++;
    }
    const firstKeys = records.length === 0 ? null : records[0]!.facts.map((f) => f.key);
    for (let j = factLineAfter(lines, i, false, keyOf, firstKeys); j >= 0; j = factLineAfter(lines, i, true, keyOf, firstKeys)) {
      const fact = factOf(lines[j]!.raw)!;
      record.facts.push({ key: lines[j]!.raw.slice(fact.label[0], fact.label[1]), src: lines[j]!, label: fact.label, value: fact.value });
      i = j + 1;
    }
    if (record.facts.length === 0) break;
    records.push(record);
    end = i;
    skipBlank();
  }
  if (records.length < MIN_ITEMS) return null;
  const unitText = (r: RegionRecord): string => r.unit?.raw.trim().toLowerCase() ?? '';
  if (records.some((r) => unitText(r) !== unitText(records[0]!))) return null;
  const keys: Fact[] = [];
  for (const r of records) for (const f of r.facts) if (!keys.some((k) => k.key === f.key)) keys.push(f);
  // Facts of other things are no table: most blocks must give the first block's keys.
  const firstKeys = records[0]!.facts.map((f) => f.key).join('\u0000');
  if (records.filter((r) => r.facts.map((f) => f.key).join('\u0000') === firstKeys).length * 3 < records.length * 2) return null;
  const headerCell = (f: Fact): GridCell => ({ ...toGridCell(file, f.src, f.label[0], f.label[1]), header: true });
  const corner = { ...toGridCell(file, records[0]!.src, 0, 0), header: true };
  const header: GridRow = { cells: [corner, ...keys.map(headerCell)], location: corner.location };
  const rows: GridRow[] = records.map((r) => {
    const label = toGridCell(file, r.src, r.name[0], r.name[1]);
    const cells = keys.map((k) => {
      const f = r.facts.find((x) => x.key === k.key);
      return f ? toGridCell(file, f.src, f.value[0], f.value[1]) : { ...label, text: '' };
    });
    return { cells: [label, ...cells], location: label.location };
  });
  const grid: Grid = { kind: 'grid', source: 'list', caption: null, rows: [header, ...rows], headerRows: 1 };
  const unit = records[0]!.unit;
  if (unit) grid.unitNote = { text: unit.raw.trim(), location: { file, line: unit.line, column: (unit.column ?? 1) + unit.raw.length - unit.raw.trimStart().length } };
  return { grid, end };
}
