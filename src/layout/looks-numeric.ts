import { QUALIFIER_WORDS, SEK_BILLION_WORDS, SEK_MILLION_WORDS, SEK_THOUSAND_WORDS, SEK_WORDS } from '../../grammars/amount/lexicon.js';
import { splitRate } from './rate-note.js';
import { splitMargin } from './margin-note.js';
import { isDashRun } from './dash-run.js';
import { euroCell, joinSpacedDecimal } from './euro-cell.js';

/**
 * A quick test used while finding grids: does this cell text look like a number?
 * The amount grammar reads the value later; this only has to tell numbers from labels.
 */
// The currency words are the amount grammar's ("12 300 000 SEK", "4,5 MSEK", "1 200 tkr"), so a
// cell the grammar reads is never taken for a label here.
const CURRENCY = [...SEK_WORDS, ...SEK_THOUSAND_WORDS, ...SEK_MILLION_WORDS, ...SEK_BILLION_WORDS].join('|');
// A cell may say its figure is approximate ("ca 4,5", "cirka 120 tkr", "drygt 300"): the grammar
// reads the qualifier. Bounds ("över 65", "under 18") are left out: they head age and size groups.
const APPROXIMATE = [...QUALIFIER_WORDS.keys()]
  .filter((w) => w !== 'över' && w !== 'under')
  .map((w) => w.replace(/[.]/g, '\\.'))
  .join('|');
const NUMERIC = new RegExp(
  `^(?:(?:${APPROXIMATE})\\s)?[-−–‑+]?\\s?(?:\\d[\\d \\u00a0\\u202f\\u2009]*(?:[,.]\\d+)?|\\d{1,3}(?:\\.\\d{3})+(?:\\.\\d{1,2})?)\\s?(?:%|procent|${CURRENCY}|milj\\.?(?:\\s?kr)?|mdr\\.?(?:\\s?kr)?|(?:miljoner|miljarder|miljon|miljard|tusen)(?:\\s(?:kr|kronor))?)?$`,
  'i',
);
const DASH = /^(?:[-−–—]|--)$/;

/**
 * Short forms of a cell's own unit the amount grammar does not know, written out: "45 243 milj
 * kr" → "45 243 miljoner kronor", "3 mdr kr" → "3 miljarder kronor". A full stop after a
 * currency word ("5 594 804 kronor.", "450 tkr."), in a cell a reader has already set apart,
 * ends the line's sentence or abbreviates the word; it is no part of the figure. (Finding
 * cells, looksNumeric does not take such text for a value: prose lines end so too.)
 */
const CURRENCY_STOP = new RegExp(`(?<=\\d\\s?(?:${CURRENCY}))\\.$`, 'i');
export function spelledUnit(text: string): string {
  return withoutCurrencyStop(text.replace(/\bmilj\.?\s?kr\.?$/i, 'miljoner kronor').replace(/\bmdr\.?\s?kr\.?$/i, 'miljarder kronor'));
}

/** "12 000 kr." → "12 000 kr": the full stop after a figure's currency word. */
export function withoutCurrencyStop(text: string): string {
  return text.replace(CURRENCY_STOP, '');
}

export function looksNumeric(text: string): boolean {
  const t = text.trim();
  if (t.length === 0) return false;
  if (NUMERIC.test(t)) return true;
  // "1 039,50 €", "12, 5 milj. euro": a figure in euro, a decimal set apart from its comma (euro-cell.ts).
  const euro = euroCell(t)?.number ?? t;
  const joined = joinSpacedDecimal(euro) ?? euro;
  return joined !== t && NUMERIC.test(joined);
}

/** A dash standing for zero or "nothing" in a value cell; two hyphens ("--") are typed for one. */
export function isDash(text: string): boolean {
  return DASH.test(text.trim());
}

/** "No change" written as a signed zero in a column of changes ("+/-0", "+/−0", "±0"): the zero. */
const NO_CHANGE = /^(?:\+\/[-−–]|±)(?=0(?:,0+)?$)/;
export function noChangeAsZero(text: string): string {
  return text.replace(NO_CHANGE, '');
}

/** A value cell: a number (possibly with a note), a dash, or a marker for a number not given. */
export function looksValue(text: string): boolean {
  return looksNumeric(text) || NO_CHANGE.test(text.trim()) || isDash(text) || isBlankMarker(text) || splitNote(text).note !== null || bracketed(text) !== null;
}

/**
 * A whole value in parentheses: "(6,5 milj kr)", "(1 200)". Pages use them for a figure outside
 * the sum (preliminary, decided elsewhere), last year's figure, or a negative amount, and do
 * not say which: the number inside, to be read as a guess.
 */
export function bracketed(text: string): string | null {
  const t = text.trim();
  if (!t.startsWith('(') || !t.endsWith(')')) return null;
  const inner = t.slice(1, -1).trim();
  return looksNumeric(inner) ? inner : null;
}

/**
 * A number at the end of a line, after a space: where numbered tables keep their value
 * ("1.2 Medel till X   45,5"). Matched on the reversed line from its end, so that only one
 * starting place is tried (a left-to-right search would retry at every digit group: quadratic).
 */
const TRAILING_REVERSED = /^(?:\d+,)?(?:\d{3}[ \u00a0\u202f\u2009])*\d{1,3}[-−–]?(?=\s|$)/;

export function trailingNumber(text: string): { index: number; value: string } | null {
  const trimmed = text.trimEnd();
  const m = TRAILING_REVERSED.exec([...trimmed.slice(-4096)].reverse().join(''));
  if (!m) return null;
  const value = [...m[0]].reverse().join('');
  return { index: trimmed.length - value.length, value };
}

/**
 * Value cells on published pages often carry more than a number: a note in parentheses
 * ("75 (varav 40 under 2025)"), a footnote mark ("1 200*", "45¹", "12 a)"). The number is the
 * cell's value and the rest is its note, kept. Other cells hold no number on purpose: "<5"
 * (suppressed small count), ".." or "…" (not available), "x", or a phrase such as "Ryms inom
 * befintlig ram". Those are blanks that make a sum over the column uncertain, not wrong.
 */
export interface SplitCell {
  /** The number as written, or the whole text when there is no note. */
  number: string;
  /** "(varav 40 under 2025)", "*", "¹", or null. */
  note: string | null;
  /** The note says what the amount is paid per ("246 kronor per timme"): see rate-note. */
  rate?: boolean;
}

const SUPERSCRIPTS = '¹²³⁴⁵⁶⁷⁸⁹⁰⁾⁽';
const MARK = new RegExp(`^(.*?\\d)\\s*((?:\\*{1,3}|†|‡|[${SUPERSCRIPTS}]+|[a-z]\\))\\s*)$`);
// The number may keep its money words before the note: "22,4 miljoner kronor (varav 2,1 miljoner för …)",
// "14,6 mkr (inkl överskott)", "1 200 MSEK (prel.)": the currency words are the amount grammar's, as in NUMERIC.
const PAREN = new RegExp(`^(.*?\\d(?:[ \\u00a0](?:${CURRENCY}|(?:miljoner|miljarder)(?:[ \\u00a0]kronor)?))?)\\s*(\\((?:[^()]*)\\))\\s*$`, 'i');
/**
 * A web page's reference marks in brackets after the number ("8 901[2]", "45 [a]", "1 200[not 3][4]",
 * "12 345[källa behövs]"): one to three digits, one letter, "not"/"note" and a number, or the
 * encyclopedia's request for a source; several may follow one another.
 */
const WEB_NOTE = /^(.*?\d)\s*((?:\[(?:\d{1,3}|[a-z]|not(?:e|er)?\s?\d{1,3}|källa behövs)\]){1,4})\s*$/i;
/** A note number after a space ("1 234 1)") or set against the value when no parenthesis opens ("643,23)"). */
const NOTE_NUMBER = /^(.*?\d)\s+(\d{1,2}\))\s*$|^([^()]*\d)(\d\))\s*$/;

/**
 * A footnote letter after a space ("12 300 a", "45 b"): letters a–e only, so that a unit ("12 t",
 * "5 m") or the "x" of a suppressed figure is not taken for a note.
 */
const NOTE_LETTER = /^(.*?\d)\s([a-e])$/;
/** The characters a note can end with (PAREN, WEB_NOTE, NOTE_NUMBER, MARK and NOTE_LETTER all end in one): most cells end in a digit and skip the patterns. */
const NOTE_END = new Set([')', ']', '*', '†', '‡', 'a', 'b', 'c', 'd', 'e', ...SUPERSCRIPTS]);

/** A year with the unit of its column in parentheses ("2023 (tkr)", "2024 (mnkr)") is a column title, not a figure with a note. */
const YEAR_AND_UNIT = /^(?:19|20)\d{2}\s*\((?:tkr|mnkr|mdkr|mkr|kr|kronor|sek|procent|%|st|antal|tusen kronor|miljoner kronor)\)$/i;

/** The number part and the note of a value cell; `note` is null when the cell has none. */
export function splitNote(text: string): SplitCell {
  const t = text.trim();
  const priced = splitRate(t);
  if (priced) return priced.rate ? { number: priced.number, note: priced.note, rate: true } : { number: priced.number, note: priced.note };
  const margin = splitMargin(t);
  if (margin) return margin;
  if (!NOTE_END.has(t.charAt(t.length - 1))) return { number: t, note: null };
  if (YEAR_AND_UNIT.test(t)) return { number: t, note: null };
  for (const re of [PAREN, WEB_NOTE, NOTE_NUMBER, MARK, NOTE_LETTER]) {
    const m = re.exec(t);
    const number = m?.[1] ?? m?.[3];
    const note = m?.[2] ?? m?.[4];
    if (number !== undefined && note !== undefined && looksNumeric(number)) return { number: number.trim(), note: note.trim() };
  }
  return { number: t, note: null };
}

/**
 * A cell that stands for a number not given: suppressed, not available (also with its points set
 * apart, ". ."), not applicable, or a
 * phrase set in a value column instead of an amount ("Ryms inom ram", "Se nedan", "Ingår ovan"):
 * phrases that stand in for a figure and never name a row.
 */
const BLANK_MARKER =
  /^(?:[<>≤≥]\s?\d[\d \u00a0]*|\.{1,3}|\.(?: \.){1,2}|…|x|X|n\/a|u\.s\.|ej tillgänglig|uppgift saknas|saknas|ryms inom (?:befintlig |given |anvisad |beslutad )?ram(?:en|arna)?|se (?:nedan|ovan)|ingår (?:ovan|nedan)|ej (?:aktuellt|tillämpligt|beslutat|fastställt)|inte (?:aktuellt|tillämpligt))\.?$/i;

export function isBlankMarker(text: string): boolean {
  return BLANK_MARKER.test(text.trim()) || isDashRun(text);
}

/** A phrase in a value cell instead of an amount ("Ryms inom befintlig ram", "Ingår ovan"). */
export function isTextBlank(text: string): boolean {
  const t = text.trim();
  return t.length >= 3 && !/\d/.test(t) && /^[A-ZÅÄÖa-zåäö]/.test(t);
}
