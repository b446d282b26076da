/**
 * Public API of the Swedish amount grammar: amounts in prose, numbers in table cells,
 * number words and Swedish number formatting.
 */
import { Decimal } from 'decimal.js';
import { readAmount, readAmounts } from './descent.js';
import { scanAmounts } from './scan.js';
import { cellAmount, proseAmounts, readSyntax } from './interpret.js';
import { windows } from './window.js';
import { closingDotGroupsAsSpaces, dotGroupsAsSpaces } from './dot-groups.js';
export { dotGrouped } from './dot-groups.js';
import { noteMarksAsSpaces } from './note-marks.js';
import { withoutSpacedHeads } from './spaced-grouped-head.js';
import { withCompoundScales } from './compound-scales.js';
import type { ParsedAmount } from './types.js';

export type { ParsedAmount } from './types.js';
export { parseNumberWord } from './numberWords.js';
export { formatSwedish } from './format.js';

/** Every amount has a digit or one of these words (number words need a scale or unit word). */
const MAY_HOLD_AMOUNT = /[0-9]|milj|mdr|tusen|procent|kr|sek/i;

/**
 * Every amount in a run of prose (a sentence or paragraph), in source order. With `closingDots`
 * (an item of a list that groups thousands with dots), the bare figure closing the text is read
 * so too ("Sveaborgs bygdegård: 7.995").
 */
export function findAmounts(original: string, options: { closingDots?: boolean } = {}): ParsedAmount[] {
  // Most paragraphs hold no number at all; skip the lexer for them.
  if (!MAY_HOLD_AMOUNT.test(original)) return [];
  // "15.500 kronor": thousands grouped with dots, read as grouped with spaces (dot-groups.ts).
  // "1 200³ miljoner kronor": a note mark after the number, read as a space (note-marks.ts).
  const text = noteMarksAsSpaces(dotGroupsAsSpaces(options.closingDots ? closingDotGroupsAsSpaces(original) : original));
  const tokens = scanAmounts(text);
  const found: ParsedAmount[] = [];
  for (const window of windows(text, tokens)) {
    // Windows hold only amount tokens, so the grammar accepts them; should one ever fail,
    // its amounts are left out rather than guessed.
    const syntaxes = readAmounts(window);
    if (syntaxes === null) continue;
    const readings = syntaxes.flatMap((s) => readSyntax(text, s, 'prose'));
    // One by one: a spread of a long paragraph's amounts overflows the call stack.
    for (const a of proseAmounts(text, readings)) found.push(text === original ? a : { ...a, raw: original.slice(a.start, a.end) });
  }
  // "3 miljarder och 361 miljoner kronor": one amount in two scale words (compound-scales.ts).
  return withCompoundScales(original, withoutSpacedHeads(found));
}

/**
 * A table cell: the whole trimmed text must be one number, possibly with %, a unit or a
 * qualifier. Returns null when it is not. Offsets refer to `text` as given.
 */
export function parseCell(text: string): ParsedAmount | null {
  return plainCell(text) ?? parseCellWithGrammar(text);
}

/**
 * Most table cells are plain numbers ("9 540 486", "1 237,5"). Reading them without the lexer
 * and parser is several times faster and gives exactly what the grammar gives (a test compares
 * the two on every corpus cell and on generated numbers).
 */
const PLAIN_CELL = /^(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,(\d+))?$/;
const HALF = new Decimal('0.5');
/** ±half a unit of the last decimal, by number of decimals: made once (a power per cell was a tenth of reading a table). */
const HALF_UNITS: Decimal[] = [];
function halfUnit(decimals: number): Decimal {
  let h = HALF_UNITS[decimals];
  if (h === undefined) {
    h = HALF.times(new Decimal(10).pow(-decimals));
    if (decimals < 64) HALF_UNITS[decimals] = h;
  }
  return h;
}

export function plainCell(text: string): ParsedAmount | null {
  const start = text.search(/\S/);
  if (start < 0) return null;
  const raw = text.trim();
  const m = PLAIN_CELL.exec(raw);
  if (!m) return null;
  const decimals = m[1]?.length ?? 0;
  const value = new Decimal(raw.replace(/[ \u00a0\u202f\u2009]/g, '').replace(',', '.'));
  return {
    value,
    written: value,
    unit: null,
    scale: 1,
    precision: halfUnit(decimals),
    qualifier: 'exact',
    anomalies: [],
    raw,
    start,
    end: start + raw.length,
  };
}

/** A cell through the whole grammar: units, percent, signs, qualifiers, malformed groups. */
export function parseCellWithGrammar(original: string): ParsedAmount | null {
  // "53.515.467 kronor": dots group thousands before a currency or scale word, as in prose.
  const text = dotGroupsAsSpaces(original);
  // Every character is some token: there are no lexing errors to look for.
  const tokens = scanAmounts(text);
  if (tokens.length === 0) return null;
  const syntax = readAmount(tokens);
  if (syntax === null) return null;
  const cell = cellAmount(text, readSyntax(text, syntax, 'cell'));
  return cell === null || text === original ? cell : { ...cell, raw: original.slice(cell.start, cell.end) };
}
