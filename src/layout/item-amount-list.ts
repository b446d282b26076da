import { QUALIFIER_WORDS } from '../../grammars/amount/lexicon.js';
import { parseAmountFirstItem } from './amount-first-list.js';
import { textCell } from './region-list.js';
import { countBeforeAmount } from './count-before-amount.js';
import { isTotalLabelText } from './total-label.js';
import { leadStatesWhole, opensWithWhole } from './list-whole-stated.js';
import { statesUnit } from './unit-section.js';
import type { Block, Grid, GridCell, TextBlock, TextLine } from './types.js';
import { listItemRunEnd } from './list-item-run.js';

/**
 * Bulleted or numbered items that each give one amount of money to something other than a
 * region, the way press releases list grants and the parts of a sum:
 *
 *   • Lf 91 Borlänge av IOGT-NTO        1 200 000 kronor      - 1,6 miljoner kronor till extratjänster
 *   • Allas lika värdeföreningen, Malmö    709 000 kronor      - 9,2 miljoner kronor för lärarlönelyftet
 *   • Ombyggnad av Centralskolan, 5,5 mkr                      - 33,2 miljoner kronor till kommunen
 *
 * A person reads such a run as a table of two columns, and it is one here: a grid of source
 * `list`, put right after the lead-in it follows, so the lead-in is its caption. The items stay
 * prose as well (`alsoProse`): the text rules check their sum against the lead-in and the
 * total line with the care those readings need (`text/sum`), and the table, read for what it
 * holds, is checked by no rule, so no sum is reported twice. Region and municipality lists are
 * read as tables of their own before this (region-list.ts, place-list.ts, amount-first-list.ts).
 */
const MIN_ITEMS = 3;
const MAX_LABEL = 100;
/** Money written with its unit after the figure ("1 200 000 kronor", "5,5 mkr", "12 miljoner"), closing the item. */
const MONEY_UNIT_END = /(?:(?:miljoner|miljarder|miljon|miljard|tusen)[ \u00a0]+)?(?:kronor|kr|mnkr|mkr|tkr|mdkr|msek|miljoner|miljarder)\.?$/i;
/** A separator, or a gap of two spaces or a tab, closing the text before an amount: it sets the amount apart from the label. Read from the end, without a pattern that would rescan the spaces. */
function setApart(before: string): boolean {
  let k = before.length;
  while (k > 0 && /\s/.test(before[k - 1]!)) k--;
  const gap = before.slice(k);
  return gap.length >= 2 || gap.includes('\t') || ':–—=,'.includes(before[k - 1] ?? 'x');
}
/** A verb of receiving or "med" between label and amount ("Föreningen X får 50 000 kronor"). */
const LINK_WORD = /[ \u00a0](?:får|fick|tilldelas|tilldelades|beviljas|beviljades|erhåller|erhöll|med)$/i;
/** A label of two words or more ending in one of these is the start of a sentence about the amount, not a name ("Stödet uppgår till", "Kommunen får totalt"). */
const CLAUSE_END = /[ \u00a0](?:till|på|av|om|för|i|är|var|blir|blev|uppgår|uppgick|omfattar|omfattade|kostar|kostade|totalt|sammanlagt|ytterligare|ungefär|motsvarande)$/i;
const SPACE = /[ \u00a0\u202f\u2009]/;

type Span = [number, number];

interface Item {
  line: TextLine;
  label: Span;
  value: Span;
  /** A separator, a wide gap or a verb stands between label and amount. */
  apart: boolean;
  /** A count between label and amount ("Kultur: 12 projekt, 4,5 mkr"), a column of its own (count-before-amount.ts). */
  count?: Span;
  amountFirst: boolean;
  /** The figure has no unit of its own: the lead-in states it ("Bidragen (tkr):" / "Föreningen X, 37 931"). */
  bare?: boolean;
  /** Label and bare figure parted by one space: where the figure starts is a reading, kept as the cell's doubt. */
  spaced?: boolean;
  /** The item's second line, which holds its amount (`value` is then a span of it), and the words before the amount there. */
  amountLine?: { line: TextLine; lead: string };
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Where the figure that ends at `end` starts: digit groups of three set apart by a space back to
 * a first group of one to three digits, and a decimal comma. -1 when no figure ends there.
 */
function figureStart(text: string, end: number): number {
  let i = end;
  while (isDigit(text[i - 1])) i--;
  if (i === end) return -1;
  let groupEnd = end;
  // A decimal comma: the integer part ends before it.
  if (text[i - 1] === ',' && isDigit(text[i - 2])) {
    groupEnd = i - 1;
    i = groupEnd;
    while (isDigit(text[i - 1])) i--;
  }
  let group = groupEnd - i;
  // Further groups to the left only while the one read is a full group of three.
  while (group === 3 && SPACE.test(text[i - 1] ?? '') && isDigit(text[i - 2])) {
    let j = i - 1;
    while (isDigit(text[j - 1])) j--;
    const len = i - 1 - j;
    if (len > 3) break;
    i = j;
    group = len;
  }
  return i;
}

/** "Lf 91 Borlänge av IOGT-NTO      1 200 000 kronor": the label, then one amount of money. */
function labelFirst(line: TextLine): Item | null {
  const whole = line.text.trimEnd();
  // "Riksteatern (2,1 miljoner kronor)": the amount in brackets after its label, which the brackets set apart.
  const bracketed = /\)\.?$/.test(whole);
  const text = bracketed ? whole.slice(0, whole.lastIndexOf(')')) : whole;
  const unit = MONEY_UNIT_END.exec(text);
  if (!unit) return null;
  let numberEnd = unit.index;
  while (numberEnd > 0 && SPACE.test(text[numberEnd - 1]!)) numberEnd--;
  const start = figureStart(text, numberEnd);
  if (start <= 0) return null;
  const before = text.slice(0, start);
  if (!/[\s:–—=,(]$/.test(before)) return null;
  if (bracketed) return bracketedItem(line, before, start, text.length);
  const counted = countBeforeAmount(before);
  if (counted) return { line, label: counted.label, count: counted.count, value: [start, text.length - (text.endsWith('.') ? 1 : 0)], apart: true, amountFirst: false };
  const apart = setApart(before) || LINK_WORD.test(before.trimEnd());
  // A label ending in a figure one space before the amount: "Lf 91 200 000 kronor" may be "Lf 91" and 200 000, or 91 200 000.
  if (!apart && /\d\s$/.test(before)) return null;
  let labelEnd = before.trimEnd().length;
  let head = before.slice(0, labelEnd);
  while (head !== '' && ':–—=,-'.includes(head.slice(-1))) head = head.slice(0, -1).trimEnd();
  head = head.replace(LINK_WORD, '').trimEnd();
  // "… Malmö drygt 8 miljoner kronor": a qualifier goes with the amount, whose cell the table reader then marks approximate.
  let valueFrom = start;
  const wordAt = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\u00a0'), head.lastIndexOf('\t')) + 1;
  if (wordAt > 0 && QUALIFIER_WORDS.has(head.slice(wordAt).toLowerCase())) {
    valueFrom = wordAt;
    head = head.slice(0, wordAt).trimEnd();
    while (head !== '' && ':–—=,-'.includes(head.slice(-1))) head = head.slice(0, -1).trimEnd();
  }
  labelEnd = head.length;
  const labelFrom = head.length - head.trimStart().length;
  const label = head.slice(labelFrom);
  if (label === '' || label.length > MAX_LABEL || !/\p{L}/u.test(label) || CLAUSE_END.test(label)) return null;
  return { line, label: [labelFrom, labelEnd], value: [valueFrom, text.length - (text.endsWith('.') ? 1 : 0)], apart, amountFirst: false };
}

/** The label before "(amount)": the words up to the bracket, which must open right before the figure. */
function bracketedItem(line: TextLine, before: string, start: number, end: number): Item | null {
  const open = before.trimEnd();
  if (!open.endsWith('(')) return null;
  const head = open.slice(0, -1).trimEnd();
  const labelFrom = head.length - head.trimStart().length;
  const label = head.slice(labelFrom);
  if (label === '' || label.length > MAX_LABEL || !/\p{L}/u.test(label) || CLAUSE_END.test(label) || LINK_WORD.test(label)) return null;
  return { line, label: [labelFrom, head.length], value: [start, end], apart: true, amountFirst: false };
}

/**
 * "Idrottsförbundet, 37 931", "Hembygdsförbundet: 34 775", "Folkets Hus – 37 122": a label, a
 * separator or a wide gap, and a figure with no unit, which is an amount only because the lead-in
 * states the unit ("Pengarna fördelas så här (belopp i tusen kronor):"). A label that ends in a
 * figure one space before would make the split a guess, so it needs the separator; a word one
 * space before ("Stadsmissionen 3 383") parts them, its figure read with that doubt.
 */
function bareItem(line: TextLine): Item | null {
  const text = line.text.trimEnd().replace(/\.$/, '');
  const start = figureStart(text, text.length);
  if (start <= 0) return null;
  const before = text.slice(0, start);
  // "Stadsmissionen 3 383": one space only, after a word; the figure's first group could be the
  // name's, so the split is a reading (spaced) and the list must be names all through (asList).
  const spaced = !setApart(before) && /\p{L}[ \u00a0]$/u.test(before);
  if (!spaced && !setApart(before)) return null;
  let head = before.trimEnd();
  while (head !== '' && ':–—=,-'.includes(head.slice(-1))) head = head.slice(0, -1).trimEnd();
  const labelFrom = head.length - head.trimStart().length;
  const label = head.slice(labelFrom);
  if (label === '' || label.length > MAX_LABEL || !/^\p{L}/u.test(label) || /\d$/.test(label) || CLAUSE_END.test(label)) return null;
  return { line, label: [labelFrom, head.length], value: [start, text.length], apart: !spaced, amountFirst: false, bare: true, ...(spaced ? { spaced } : {}) };
}

/**
 * A label set off from its amount by one space only ("Riksteatern 2,1 miljoner kronor") is a name
 * when it is short and opens with a capital, and has no word a sentence would have instead: a
 * verb in the present or the passive ("Regeringen satsar 300 miljoner kronor", "Skolan rustas
 * för …"), whose lower-case ending these are.
 */
const NAME_WORDS_MAX = 5;
const VERB_LIKE = /^\p{Ll}+(?:ar|er|ir|as|es)$/u;
function nameLike(label: string): boolean {
  const words = label.split(/[ \u00a0]+/);
  return words.length <= NAME_WORDS_MAX && /^\p{Lu}/u.test(label) && !words.some((w) => VERB_LIKE.test(w));
}

/** "1,6 miljoner kronor till extratjänster": the amount of money, then what it goes to. */
function amountFirst(line: TextLine): Item | null {
  const p = parseAmountFirstItem(line.text);
  if (!p || p.percent || p.bare) return null;
  return { line, label: p.label, value: p.value, apart: true, amountFirst: true };
}

function itemOf(block: TextBlock, leadUnit: boolean): Item | null {
  if (block.lines.length === 2) return amountBelow(block.lines[0]!, block.lines[1]!);
  if (block.lines.length !== 1) return null;
  const line = block.lines[0]!;
  return labelFirst(line) ?? amountFirst(line) ?? (leadUnit ? bareItem(line) : null);
}

/** A name and a title may make an item's first line ("Anna Berg, Lunds universitet. Hållbara städer."), longer than a label beside its amount. */
const MAX_LINE_LABEL = 250;
/** Words before the amount on an item's second line: a field's name at most ("Totalt beviljat belopp:"). */
const MAX_AMOUNT_LEAD = 40;

/**
 * An item of two lines whose second line is its amount of money, alone or after a field's name and
 * a colon ("• Anna Berg, Lunds universitet. Hållbara städer." / "Beviljat belopp: 3 000 000 kronor."):
 * the first line is the label. Whether a name on the second line is a field's, said of every item,
 * the list decides (asList).
 */
function amountBelow(first: TextLine, second: TextLine): Item | null {
  const label = first.text.trim();
  if (label === '' || label.length > MAX_LINE_LABEL || !/\p{L}/u.test(label) || MONEY_UNIT_END.test(label)) return null;
  const text = second.text.trimEnd();
  const unit = MONEY_UNIT_END.exec(text);
  if (!unit) return null;
  let numberEnd = unit.index;
  while (numberEnd > 0 && SPACE.test(text[numberEnd - 1]!)) numberEnd--;
  const start = figureStart(text, numberEnd);
  if (start < 0) return null;
  const lead = text.slice(0, start).trim();
  if (lead !== '' && (!lead.endsWith(':') || lead.length > MAX_AMOUNT_LEAD || /\d/.test(lead))) return null;
  const from = first.text.length - first.text.trimStart().length;
  return { line: first, label: [from, from + label.length], value: [start, text.length - (text.endsWith('.') ? 1 : 0)], apart: true, amountFirst: false, amountLine: { line: second, lead } };
}

const labelText = (x: Item): string => x.line.text.slice(x.label[0], x.label[1]);

function listGrid(items: readonly Item[]): Grid {
  const rows = items.map((x) => {
    const value = textCell(x.amountLine?.line ?? x.line, x.value);
    if (x.spaced) value.readBy = 'spaced';
    const cells: GridCell[] = [textCell(x.line, x.label), ...(x.count ? [textCell(x.line, x.count)] : []), value];
    return { cells, location: cells[0]!.location };
  });
  // Figures without a unit are no amounts to the prose rules: the table is their only reading, and the table rules check it.
  const grid: Grid = { kind: 'grid', source: 'list', caption: null, rows, headerRows: 0 };
  if (!items.every((x) => x.bare)) grid.alsoProse = true;
  return grid;
}

/**
 * The items, when they make a list: enough of them, in one form, their labels set apart or short
 * names. Two are enough when the text around them states the whole they are parts of (`whole`,
 * list-whole-stated.ts).
 */
function asList(items: readonly (Item | null)[], whole = false): readonly Item[] | null {
  if (items.length < (whole ? 2 : MIN_ITEMS) || !items.every((x): x is Item => x !== null)) return null;
  // Figures without a unit are items only all together: one with its own unit makes the unit of the rest a guess.
  if (items.some((x) => x.bare) && !items.every((x) => x.bare)) return null;
  // Amounts on the items' second lines: all of them, after the same field name or none.
  if (items.some((x) => x.amountLine) && !items.every((x) => x.amountLine?.lead === items[0]!.amountLine?.lead)) return null;
  const first = items[0]!;
  // Amounts first, then a last item naming their total by its word ("- 12,5 mnkr till Skåne" … "- Totalt: 30 mnkr"): one list.
  const last = items[items.length - 1]!;
  const closing = first.amountFirst && !last.amountFirst && isTotalLabelText(labelText(last).split(/\s/)[0] ?? '') ? 1 : 0;
  const own = items.slice(0, items.length - closing);
  if (own.length < (whole ? 2 : MIN_ITEMS)) return null;
  if (!own.every((x) => x.amountFirst === first.amountFirst && (x.count === undefined) === (first.count === undefined))) return null;
  return own.filter((x) => x.apart).length * 2 >= own.length || own.every((x) => !x.amountFirst && nameLike(labelText(x))) ? items : null;
}

/** An item of one line with no figure that stops without a closing mark: the text was cut inside it, before its amount. */
function cutBeforeAmount(item: TextBlock): boolean {
  const text = item.lines.length === 1 ? item.lines[0]!.text.trimEnd() : '';
  return text !== '' && !/\d/.test(text) && /\p{L}$/u.test(text);
}

/** A paragraph that ends in a colon: a lead-in, after which plain lines can be a list's items. */
export function endsInColon(b: Block | undefined): boolean {
  return b !== undefined && b.kind === 'text' && b.role === 'paragraph' && /:\s*$/.test(b.lines[b.lines.length - 1]?.text ?? '');
}

const blockText = (b: Block | undefined): string => (b?.kind === 'text' ? b.lines.map((l) => l.text).join(' ') : '');

/** What the lead-in before a run of items tells: that it states the unit of bare figures, and that it or the paragraph after states the whole. */
function around(lead: Block | undefined, after: Block | undefined): { unit: boolean; whole: boolean } {
  if (!endsInColon(lead)) return { unit: false, whole: false };
  const text = blockText(lead).trim().replace(/:$/, '');
  const next = after?.kind === 'text' && after.role === 'paragraph' ? blockText(after) : '';
  return { unit: statesUnit(text), whole: leadStatesWhole(text) || opensWithWhole(next) };
}

/**
 * Every run of at least MIN_ITEMS list items, each one line giving one amount of money in the
 * same form (all label first or all amount first), most of them with the label set apart, or
 * else every label a short name (nameLike): a grid inserted before the run, the items left in
 * place as prose. The same items printed as plain lines with no mark, one paragraph right after
 * a lead-in that ends in a colon ("Pengarna fördelas så här:" / "Riksteatern (2,1 mnkr)" / …),
 * are such a list too, and their lines become its items in the prose.
 */
export function addItemAmountLists(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    if (b.kind === 'text' && b.role === 'paragraph' && endsInColon(out[out.length - 1])) {
      // Lines that open with a word or a figure: a mark set against the text ("*Skolan: 3 mnkr") is glued-bullets.ts's.
      const lead = around(out[out.length - 1], blocks[i + 1]);
      const ok = b.lines.every((line) => /^\s*[\p{L}\d]/u.test(line.text)) ? asList(b.lines.map((line) => labelFirst(line) ?? amountFirst(line) ?? (lead.unit ? bareItem(line) : null)), lead.whole) : null;
      if (ok) {
        // Its lines are the list's items in the prose too, one an item, as bullets would be: text/sum reads them so.
        out.push(listGrid(ok), ...b.lines.map((line): TextBlock => ({ kind: 'text', role: 'list-item', lines: [line] })));
      } else out.push(b);
      i++;
      continue;
    }
    if (b.kind !== 'text' || b.role !== 'list-item') {
      out.push(b);
      i++;
      continue;
    }
    const j = listItemRunEnd(blocks, i);
    const run = blocks.slice(i, j) as TextBlock[];
    const lead = around(out[out.length - 1], blocks[j]);
    const items = run.map((x) => itemOf(x, lead.unit));
    // The text ends inside the run's last item, before its amount ("• Svenska Mis"): a stored copy cut
    // there. The items before it are the list; the cut one stays prose with the rest.
    const cut = j === blocks.length && items.length > 1 && items[items.length - 1] === null && cutBeforeAmount(run[run.length - 1]!);
    const ok = asList(items, lead.whole) ?? (cut ? asList(items.slice(0, -1), lead.whole) : null);
    if (ok) out.push(listGrid(ok));
    out.push(...run);
    i = j;
  }
  return out;
}
