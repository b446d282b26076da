import { readAmountFirstItems } from './inline-amount-first.js';
import { leadStatesWhole } from './list-whole-stated.js';
import type { SourceLine } from './source-line.js';
import { toGridCell, toTextLine } from './source-line.js';
import type { Grid, GridRow, TextBlock } from './types.js';

/**
 * Items listed inside a sentence after a colon, each a label and its figure, maybe with its
 * unit and a second figure in parentheses, as news pages and budget summaries write them:
 *
 *   Bland övriga poster: Brandförsvar 7 miljoner (6,8 miljoner), revision 675 000, valnämnd 100 000.
 *   Pengarna fördelas så här: Uppsala 4,5 mnkr, Gävleborg 3,2 mnkr och Dalarna 2,9 mnkr.
 *   Antal platser: förskola 120; fritidshem 45; skola 300.
 *   Fondens utdelning fördelas enligt följande: Skolans elevråd, 35 000 kronor, Ridklubben, 30 000, och Scoutkåren, 20 000.
 *   Bidrag beviljas till: Riksteatern (2 mnkr), Länsmuseet (1,5 mnkr) och Folkets Hus (0,8 mnkr).
 *
 * In the fourth form a comma sets each label apart from its figure, and the unit may be written on
 * the first item only; a colon, a dash or a bracket around the figure may do the same (Joint). Every item of the line must then be written so, or the line is prose.
 * The words before the colon stay a paragraph (the table's caption); the items become a table
 * of kind `list`, a label cell and a cell per figure. Every item must read, up to the line's
 * end, or the line is prose. Where an item's label ends is read from where its figure starts,
 * not from printed columns, so the figures carry `readBy: "spaced"`: a sum over them that
 * disagrees warns, never errs.
 */
const MIN_ITEMS = 3;
const MAX_LINE = 1200;
const MAX_LABEL = 60;
const MAX_WORDS = 6;
/** A figure: a sign, digit groups of three after the first, a decimal part (sticky: matched at one place). */
const FIGURE = /[-−–]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?/y;
/** Unit words after a figure. */
const UNIT = /^(?: ?%| (?:procent|miljarder|miljard|mdkr|miljoner|miljon|mnkr|mkr|tkr|tusen|kronor|kr|st|personer|platser)(?: kronor| kr)?)(?![\p{L}\d])/iu;
/** Between items: a comma, a semicolon, "och", "samt" (", och" too). */
const SEPARATOR = /^(?:,? (?:och|samt) |[,;] )/;
/** A label's first or last word that makes the item a clause: "ökade med 5", "är 12". */
const CLAUSE_WORD = /(?:^|\s)(?:till|med|på|av|om|för|från|än|mot|cirka|ca|drygt|nästan|knappt|över|under|omkring|är|var|blev|blir|uppgår|uppgick|ökade|minskade|steg|sjönk|får|fick|tilldelas|tilldelades|beviljas|beviljades|erhåller|erhöll|har|hade|år)$/i;

interface Item {
  label: [number, number];
  figures: [number, number][];
}

/** The figure at `at` with its unit words: its end, or -1. */
function figureEnd(raw: string, at: number): number {
  FIGURE.lastIndex = at;
  const m = FIGURE.exec(raw);
  if (!m) return -1;
  const end = at + m[0].length;
  if (/[\d.]/.test(raw[end] ?? '') && !/^\.(?:\s|$)/.test(raw.slice(end, end + 2))) return -1;
  const u = UNIT.exec(raw.slice(end, end + 24));
  return u ? end + u[0].length : end;
}

/** The first digit that opens a word after `from` (a year or code inside a word is the word's). */
function figureStart(raw: string, from: number): number {
  for (let i = from; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const before = raw[i - 1] ?? ' ';
    if (/[\s(]/.test(before)) return '-−–'.includes(raw[i - 1] ?? '') ? i - 1 : i;
    if ('-−–'.includes(before) && /\s/.test(raw[i - 2] ?? ' ')) return i - 1;
  }
  return -1;
}

/**
 * What stands between each label and its figure, the same in every item of a line: nothing but a
 * space ("Uppsala 4,5 mnkr"), a comma ("Ridklubben, 30 000"), a colon ("Ridklubben: 30 000"), a
 * dash ("Ridklubben – 30 000") or a bracket around the figure ("Ridklubben (30 000 kronor)").
 * A verb of receiving ("Skolan får 3 miljoner kronor, Vården får 5 miljoner kronor och …") joins
 * the items only when it is the same verb in every item and every figure names its money: after
 * the lead's colon that is a list read out; verbs that differ, or a figure without its unit, are a
 * sentence's, and the line stays prose.
 */
type Joint = 'space' | 'comma' | 'colon' | 'dash' | 'bracket' | 'verb' | 'amount-first';
type LabelFirst = Exclude<Joint, 'amount-first'>;
const JOINTS: readonly LabelFirst[] = ['space', 'comma', 'colon', 'dash', 'bracket', 'verb'];
const JOINT_END: Record<Exclude<LabelFirst, 'space'>, RegExp> = {
  comma: /,$/,
  colon: /:$/,
  dash: / [-–—]$/,
  bracket: /\($/,
  verb: /[ \u00a0](?:får|fick|tilldelas|tilldelades|beviljas|beviljades|erhåller|erhöll)$/i,
};

/** The items after `from` up to the line's end, or null when any part does not read as one. */
function readItems(raw: string, from: number, joint: LabelFirst): Item[] | null {
  const items: Item[] = [];
  let at = from;
  while (at < raw.length) {
    const start = figureStart(raw, at);
    if (start < 0) return null;
    let labelFrom = at;
    while (raw[labelFrom] === ' ') labelFrom++;
    let label = raw.slice(labelFrom, start).trimEnd();
    // With nothing between them, the label ends in a letter or a bracket ("Fritidsgården –" has a joint of its own).
    if (joint === 'space' && !/[\p{L})]$/u.test(label)) return null;
    if (joint !== 'space') {
      const m = JOINT_END[joint].exec(label);
      if (!m) return null;
      label = label.slice(0, m.index).trimEnd();
    }
    // In the comma form the figure's comma ends the label, so a comma inside it is the name's own
    // ("Änga/Västervångskolan, naturutflykt samt ÖSKG, 10 000 kronor").
    if (!isLabel(joint === 'comma' ? label.replace(/,(?= )/g, '') : label)) return null;
    const first = figureEnd(raw, start);
    if (first < 0 || (joint === 'bracket' && raw[first] !== ')')) return null;
    const figures: [number, number][] = [[start, first]];
    let end = joint === 'bracket' ? first + 1 : first;
    // A second figure in parentheses: the figure it is compared with ("7 miljoner (6,8 miljoner)").
    if (raw.startsWith(' (', end)) {
      const second = figureEnd(raw, end + 2);
      if (second < 0 || raw[second] !== ')') return null;
      figures.push([end + 2, second]);
      end = second + 1;
    }
    items.push({ label: [labelFrom, labelFrom + label.length], figures });
    const rest = raw.slice(end);
    if (/^\.?\s*$/.test(rest)) return items;
    const sep = SEPARATOR.exec(rest);
    if (!sep) return null;
    at = end + sep[0].length;
  }
  return null;
}

/** The items read with the first joint that reads the whole line. */
function readJoined(raw: string, from: number): { items: Item[]; joint: Joint } | null {
  for (const joint of JOINTS) {
    const items = readItems(raw, from, joint);
    if (items && (joint !== 'verb' || isVerbList(raw, items))) return { items, joint };
  }
  // The amount first and then what it goes to, in every item (inline-amount-first.ts).
  const first = readAmountFirstItems(raw, from);
  return first ? { items: first, joint: 'amount-first' } : null;
}

/** A figure's span that ends in a money word ("3 miljoner", "46 029 tkr", "5,5 miljoner kronor"). */
const MONEY_AFTER = /[ \u00a0](?:miljarder|miljard|miljoner|miljon|mdkr|mnkr|mkr|tkr|kronor|kr)$/i;

/** Items joined by a verb: the same verb in each, and money in each figure. */
function isVerbList(raw: string, items: readonly Item[]): boolean {
  const verbs = new Set(items.map((it) => raw.slice(it.label[1], it.figures[0]![0]).trim().toLowerCase()));
  return verbs.size === 1 && items.every((it) => it.figures.every(([a, b]) => MONEY_AFTER.test(raw.slice(a, b))));
}

function isLabel(label: string): boolean {
  if (label.length === 0 || label.length > MAX_LABEL || /[\d.!?:;,"”]/.test(label)) return false;
  if (!/^\p{L}/u.test(label) || (label.match(/\p{L}/gu) ?? []).length < 2) return false;
  return label.split(/\s+/).length <= MAX_WORDS && !CLAUSE_WORD.test(label);
}

/**
 * The line as a lead paragraph and a list table, or null. Asked about every line with a digit:
 * a line without ": " before its first digit is rejected at once.
 */
export function detectInlineList(file: string, src: SourceLine, isRegionLabel?: (label: string) => boolean): { lead: TextBlock; grid: Grid } | null {
  const raw = src.raw.trimEnd();
  if (raw.length > MAX_LINE) return null;
  // The list follows a colon after a word; the lead may state the total ("… 10,6 miljoner kronor. De fördelas så här:").
  let colon = raw.indexOf(': ');
  let items: Item[] | null = null;
  let joint: Joint = 'space';
  for (; colon > 0 && !items; colon = raw.indexOf(': ', colon + 2)) {
    if (!/[\p{L})]$/u.test(raw.slice(0, colon))) continue;
    const read = readJoined(raw, colon + 2);
    // Two items are a list when the lead before the colon names the money they share (list-whole-stated.ts).
    if (read && read.items.length >= (leadStatesWhole(raw.slice(0, colon)) ? 2 : MIN_ITEMS)) {
      items = read.items;
      joint = read.joint;
      break;
    }
  }
  if (!items) return null;
  const grid = itemsGrid(file, src, items, joint, isRegionLabel);
  if (!grid) return null;
  const lead: TextBlock = { kind: 'text', role: 'paragraph', lines: [toTextLine(file, src, 0, colon + 1)] };
  return { lead, grid };
}

/**
 * A line that is items only, from its start to its end ("Skolans elevråd, 35 000 kronor, Ridklubben,
 * 30 000 kronor och Scoutkåren, 20 000 kronor."), as a list table, or null: for a run of items set on
 * the line after their lead-in (items-after-lead-in.ts).
 */
export function readItemsLine(file: string, src: SourceLine, isRegionLabel?: (label: string) => boolean): Grid | null {
  const raw = src.raw.trimEnd();
  if (raw.length > MAX_LINE) return null;
  const from = raw.length - raw.trimStart().length;
  const read = readJoined(raw, from);
  return read && read.items.length >= MIN_ITEMS ? itemsGrid(file, src, read.items, read.joint, isRegionLabel) : null;
}

function itemsGrid(file: string, src: SourceLine, items: Item[], joint: Joint, isRegionLabel?: (label: string) => boolean): Grid | null {
  const raw = src.raw;
  // Items that name regions are the region reader's, which knows their names (inline-region-list.ts), but
  // for a comma before each figure, which that reader takes for the comma between items ("Region Skåne, 12,3 mnkr, Region …").
  if (isRegionLabel && joint !== 'comma' && joint !== 'amount-first' && items.filter((it) => isRegionLabel(raw.slice(it.label[0], it.label[1]))).length * 2 >= items.length) return null;
  // An item without the figure in parentheses others have gets a blank cell there.
  const width = Math.max(...items.map((it) => it.figures.length));
  const rows: GridRow[] = items.map((it) => {
    const label = toGridCell(file, src, it.label[0], it.label[1]);
    const cells = [label, ...it.figures.map(([a, b]) => ({ ...toGridCell(file, src, a, b), readBy: 'spaced' as const }))];
    const end = it.figures[it.figures.length - 1]![1];
    while (cells.length < width + 1) cells.push({ ...toGridCell(file, src, end, end), readBy: 'spaced' as const });
    return { cells, location: label.location };
  });
  return { kind: 'grid', source: 'list', caption: null, rows, headerRows: 0 };
}
