/**
 * The Swedish reading rules: which dash is a minus sign, which digits are glued to other
 * text, how a run of digit groups divides into numbers, what unit and scale apply, and which
 * numbers count as amounts at all.
 */
import { Decimal } from 'decimal.js';
import type { Anomaly, Qualifier, Unit } from '../../src/model/amount.js';
import { isWellFormed, readRun, resolveCell, resolveProse, type DigitGroup, type NumberPiece } from './grouping.js';
import { GROUP_SEPARATORS } from './lexemes.js';
import { QUALIFIER_WORDS } from './lexicon.js';
import { groupedSpacedHead } from './spaced-grouped-head.js';
import { isLabelNumberRun } from './label-number.js';
import type { AmountSyntax, Span, UnitKind } from './syntax.js';
import type { ParsedAmount } from './types.js';
import { num, t } from '../../src/messages/index.js';

const LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/;
const DIGIT = /[0-9]/;

function isLetter(c: string): boolean {
  return c !== '' && LETTER.test(c);
}
function isDigit(c: string): boolean {
  return c !== '' && DIGIT.test(c);
}

/** A dash right after a digit or letter joins a range ("0–18 år", "1,0–4,9"); it is not a minus. */
export function isRangeDash(text: string, dash: Span): boolean {
  const before = text.charAt(dash.start - 1);
  return isDigit(before) || isLetter(before);
}

/** Digits continuing an identifier or a dotted/colon number: "S2023/03331", "2017:80", "3.7". */
function gluedBefore(text: string, at: number): boolean {
  const c = text.charAt(at - 1);
  if (isLetter(c) || c === '/') return true;
  return (c === ':' || c === '.' || c === ',') && isDigit(text.charAt(at - 2));
}

// A word ending in one to three digits, one group separator before the run: "Stockholm124 907 005".
const WORD_DIGITS_BEFORE = new RegExp(`\\p{L}(\\d{1,3})[${GROUP_SEPARATORS}]$`, 'u');

/**
 * The digits a word before the run ends in, when they may be the figure's first group rather than
 * the word's ("Stockholm124 907 005", a label run into its figure by a converter): one to three
 * digits after a letter, one separator before the run, and the run well grouped with them. The
 * lexer keeps them in the word, so the run is read without them, with a doubt that names them.
 * "Covid19 100 000 kr" fits too and is read as 100 000 kr all the same; the doubt only keeps a
 * sum over the amount from being certain.
 */
function gluedGroupBefore(text: string, at: number, groups: readonly DigitGroup[]): { start: number; end: number } | undefined {
  const m = WORD_DIGITS_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
  if (m === null || groups.length === 0) return undefined;
  const end = at - 1;
  const start = end - m[1]!.length;
  return isWellFormed([{ digits: m[1]!, start, end }, ...groups]) ? { start, end } : undefined;
}

/**
 * The last part of a hyphened number ("202100-6883", "556375-6328": an organisation number)
 * with more digits after it: a group of four or more digits cannot open a grouped number, so
 * the hyphen joins it to the digits before and the amount starts after it ("202100-6883
 * 3 250 000 kronor" is the number and 3 250 000 kronor, not 68 833 250 000).
 */
function hyphenedTail(text: string, at: number, groups: readonly { digits: string }[]): boolean {
  return groups.length > 1 && groups[0]!.digits.length > 3 && text.charAt(at - 1) === '-' && isDigit(text.charAt(at - 2));
}

/** Digits followed by letters or the rest of an identifier: "2023/24", "1990-talet", "1:11". */
function gluedAfter(text: string, at: number, tailStart: number | undefined): boolean {
  const c = text.charAt(at);
  if (isLetter(c)) return tailStart !== at; // "100kr" is fine, "5G" is not
  if (c === '/') return true;
  if (c === ':' || c === '.' || c === ',') return isDigit(text.charAt(at + 1));
  if (c === '-') return isLetter(text.charAt(at + 1));
  return false;
}

/** One number read from the text, before deciding whether it is an amount. */
interface Reading {
  kind: 'digits' | 'words';
  /** Unsigned value as written, as a decimal string. */
  digits: string;
  decimals: number;
  negative: boolean;
  grouped: boolean;
  malformed: NumberPiece | null;
  /** "1, 3 miljarder": where the whole part before a comma and a space begins (see spacedDecimals). */
  spacedFrom?: number;
  /** "Zon 1 1 250 kronor": the label's number that the run opened with and that was left out (see label-number.ts). */
  labelNumber?: { start: number; end: number };
  /** "Stockholm124 907 005": the group glued to a word that was left out, maybe the figure's own (see gluedGroupDoubt). */
  gluedNumber?: { start: number; end: number };
  article: boolean;
  qualifier: Qualifier;
  scaleExponent: number;
  hasScaleWord: boolean;
  unitKind: UnitKind | null;
  unitExponent: number;
  /** Whether a scale or unit word follows this number. */
  hasTail: boolean;
  rangeDash: Span | null;
  start: number;
  end: number;
}

function qualifierOf(span: Span | undefined): Qualifier {
  return span ? (QUALIFIER_WORDS.get(span.image.toLowerCase()) ?? 'exact') : 'exact';
}

function pieceDigits(p: NumberPiece): string {
  const int = p.groups.map((g) => g.digits).join('');
  return p.fraction ? `${int}.${p.fraction}` : int;
}

/** Whether the unit (or the default for "miljoner"/"miljarder") is kronor or percent. */
function moneyOrPercent(syntax: AmountSyntax): boolean {
  if (syntax.unit) return syntax.unit.kind === 'SEK' || syntax.unit.kind === 'percent';
  return (syntax.scale?.exponent ?? 0) >= 6;
}

function readDigits(text: string, syntax: AmountSyntax, run: Span, mode: 'prose' | 'cell'): Reading[] {
  const whole = readRun(run);
  let groups = whole.groups;
  let fraction = whole.fraction;
  let end = whole.end;
  let qualifier = syntax.qualifier;
  let dash = syntax.dash;
  let tail = (syntax.unit ?? syntax.scale) !== undefined ? { scale: syntax.scale, unit: syntax.unit } : null;
  let labelNumber: { start: number; end: number } | undefined;
  let gluedNumber: { start: number; end: number } | undefined;
  if (mode === 'prose') {
    if (gluedBefore(text, run.start) || hyphenedTail(text, run.start, groups)) {
      // The first group belongs to an identifier; whatever precedes it is not about the rest.
      groups = groups.slice(1);
      qualifier = undefined;
      dash = undefined;
    }
    gluedNumber = gluedGroupBefore(text, run.start, groups);
    if (qualifier === undefined && isLabelNumberRun(text, groups)) {
      // "Zon 1 1 250 kronor": the first group is the label's number (label-number.ts).
      labelNumber = { start: groups[0]!.start, end: groups[0]!.end };
      groups = groups.slice(1);
      dash = undefined;
    }
    const tailStart = (syntax.scale ?? syntax.unit)?.span.start;
    if (groups.length > 0 && gluedAfter(text, end, tailStart)) {
      groups = groups.slice(0, -1);
      fraction = '';
      tail = null;
      end = groups[groups.length - 1]?.end ?? end;
    }
    if (groups.length === 0) return [];
  }
  const digitRun = { groups, fraction, end };
  const moneyFollows = tail !== null && moneyOrPercent(syntax);
  const pieces = mode === 'cell' ? [resolveCell(digitRun)] : resolveProse(digitRun, moneyFollows);
  return pieces.map((p, i): Reading => {
    const first = i === 0;
    const withTail = tail !== null && p.end === end;
    const range = first && dash !== undefined && mode === 'prose' && isRangeDash(text, dash);
    const minus = first && dash !== undefined && !range && /[1-9]/.test(pieceDigits(p));
    const q = first ? qualifier : undefined;
    return {
      kind: 'digits',
      digits: pieceDigits(p),
      decimals: p.fraction.length,
      negative: minus,
      grouped: p.groups.length > 1,
      malformed: p.malformed ? p : null,
      article: false,
      qualifier: qualifierOf(q),
      scaleExponent: withTail ? (tail?.scale?.exponent ?? 0) : 0,
      hasScaleWord: withTail && tail?.scale !== undefined,
      unitKind: withTail ? (tail?.unit?.kind ?? null) : null,
      unitExponent: withTail ? (tail?.unit?.exponent ?? 0) : 0,
      hasTail: withTail,
      rangeDash: range && dash ? dash : null,
      ...(first && labelNumber !== undefined ? { labelNumber } : {}),
      ...(first && gluedNumber !== undefined ? { gluedNumber } : {}),
      start: q?.start ?? (minus && dash ? dash.start : p.start),
      end: withTail ? syntax.end : p.end,
    };
  });
}

/** A whole number and some quarters written as decimal digits: 0 and 3 are "0.75", 2 and 1 "2.25". */
function quarterDigits(whole: number, quarters: number): string {
  const all = whole + Math.floor(quarters / 4);
  const rest = quarters % 4;
  return rest === 0 ? String(all) : `${all}.${['', '25', '5', '75'][rest]!}`;
}

/** Reads every number a syntax node holds (a digit run can hold several). */
export function readSyntax(text: string, syntax: AmountSyntax, mode: 'prose' | 'cell'): Reading[] {
  const numeral = syntax.numeral;
  if (numeral.kind === 'digits') return readDigits(text, syntax, numeral.run, mode);
  const minus = syntax.dash !== undefined && (mode === 'cell' || !isRangeDash(text, syntax.dash));
  return [
    {
      kind: 'words',
      digits: numeral.quarters !== undefined ? quarterDigits(numeral.value, numeral.quarters) : numeral.half ? `${numeral.value}.5` : String(numeral.value),
      decimals: 0,
      negative: minus,
      grouped: false,
      malformed: null,
      article: numeral.article,
      qualifier: qualifierOf(syntax.qualifier),
      scaleExponent: syntax.scale?.exponent ?? 0,
      hasScaleWord: syntax.scale !== undefined,
      unitKind: syntax.unit?.kind ?? null,
      unitExponent: syntax.unit?.exponent ?? 0,
      hasTail: syntax.scale !== undefined || syntax.unit !== undefined,
      rangeDash: null,
      start: syntax.start,
      end: syntax.end,
    },
  ];
}

/**
 * "10–20 miljoner kronor": the first number of a range takes the scale and unit written
 * after the second, as Swedish writes ranges.
 */
export function linkRanges(text: string, readings: Reading[]): void {
  for (let i = 1; i < readings.length; i++) {
    const to = readings[i] as Reading;
    const from = readings[i - 1] as Reading;
    if (!to.rangeDash || !to.hasTail || from.hasTail) continue;
    if (text.slice(from.end, to.rangeDash.start).trim() !== '') continue;
    from.scaleExponent = to.scaleExponent;
    from.hasScaleWord = to.hasScaleWord;
    from.unitKind = to.unitKind;
    from.unitExponent = to.unitExponent;
    from.hasTail = true;
  }
}

function finalUnit(r: Reading): Unit | null | 'foreign' {
  if (r.unitKind !== null) return r.unitKind;
  // "450 miljoner" with no currency word means kronor in these documents.
  return r.hasScaleWord && r.scaleExponent >= 6 ? 'SEK' : null;
}

/** Whether a reading is an amount worth reporting in prose. */
function isProseAmount(r: Reading, unit: Unit | null | 'foreign'): boolean {
  if (unit === 'foreign') return false;
  if (r.kind === 'words') {
    if (r.hasScaleWord) return unit !== null;
    // "tre procent" is an amount; "en krona" or "två barn" is ordinary language.
    return (unit === 'SEK' || unit === 'percent') && !r.article;
  }
  if (unit === null) return r.grouped && r.malformed === null && r.scaleExponent === 0;
  return true;
}

function isCellAmount(r: Reading, unit: Unit | null | 'foreign'): boolean {
  if (unit === 'foreign') return false;
  return r.kind === 'digits' || r.hasTail;
}

function toParsed(text: string, r: Reading, unit: Unit | null): ParsedAmount {
  const exponent = r.scaleExponent + r.unitExponent;
  const sign = r.negative ? '-' : '';
  const written = new Decimal(sign + r.digits);
  // Built from strings with an exponent so that no digit is rounded away.
  const value = new Decimal(`${sign}${r.digits}e${exponent}`);
  const precision = new Decimal(`5e${exponent - r.decimals - 1}`);
  const anomalies: Anomaly[] = [];
  if (r.spacedFrom !== undefined) {
    const raw = text.slice(r.spacedFrom, r.end);
    anomalies.push({ kind: 'spaced-decimal', raw, message: t('anomaly.spacedDecimal', { raw, read: raw.replace(', ', ',') }) });
  }
  if (r.gluedNumber !== undefined) {
    const raw = text.slice(r.gluedNumber.start, r.end);
    anomalies.push({ kind: 'glued-number', raw, message: t('anomaly.gluedNumber', { raw, number: text.slice(r.gluedNumber.start, r.gluedNumber.end), read: text.slice(r.start, r.end) }) });
  }
  if (r.labelNumber !== undefined) {
    const raw = text.slice(r.labelNumber.start, r.end);
    anomalies.push({ kind: 'label-number', raw, message: t('anomaly.labelNumber', { raw, number: text.slice(r.labelNumber.start, r.labelNumber.end), read: text.slice(r.start, r.end) }) });
  }
  if (r.malformed) {
    const raw = text.slice(r.malformed.start, r.malformed.end);
    anomalies.push({
      kind: 'digit-grouping',
      raw,
      message: t('anomaly.grouping', { raw, read: num(new Decimal(r.digits)) }),
    });
  }
  return {
    value,
    written,
    unit,
    scale: 10 ** exponent,
    precision,
    qualifier: r.qualifier,
    anomalies,
    raw: text.slice(r.start, r.end),
    start: r.start,
    end: r.end,
  };
}

// "1, 3 miljarder": one to three digits, a comma and one space just before the number, with no
// number before them ("1, 2, 3 miljoner" and "år 1, 3 miljarder" are other things).
const SPACED_HEAD = /(?:^|[\s(])(\d{1,3}), $/;
// Before the head: another number of a list ("4, 5, 6"), or a digit group it belongs to ("1 039, 50 %").
const ENUMERATION_BEFORE = /\d\s*[,–-]\s*$|\d[ \u00a0\u202f\u2009]$/;

/**
 * "1, 3 miljarder": a decimal comma followed by a space, a slip a person reads as 1,3 miljarder,
 * not 3. Taken so only when the number after the space is one or two bare digits directly followed
 * by a scale word or percent, and the head is not itself one of a list of numbers; the reading
 * keeps an anomaly, so a check over it is a warning that names it.
 */
function spacedDecimals(text: string, readings: Reading[]): void {
  for (const r of [...readings]) {
    if (r.kind !== 'digits' || r.grouped || r.decimals > 0 || r.negative || r.digits.length > 2 || r.qualifier !== 'exact') continue;
    // "1 039, 50 kronor", "39, 50 kr": öre after a head of digit groups or before kronor (spaced-grouped-head.ts).
    // Kronor only: "1 039, 50 procent" is no share a page prints.
    const grouped = r.unitKind === 'SEK' ? groupedSpacedHead(text, r.start) : null;
    const ore = r.unitKind === 'SEK' && r.digits.length === 2 && !r.hasScaleWord;
    if (!r.hasScaleWord && r.unitKind !== 'percent' && !ore && grouped === null) continue;
    const m = grouped === null ? SPACED_HEAD.exec(text.slice(Math.max(0, r.start - 6), r.start)) : null;
    const head = grouped?.head ?? m?.[1];
    if (head === undefined) continue;
    const headStart = grouped?.start ?? r.start - head.length - 2;
    if (ENUMERATION_BEFORE.test(text.slice(Math.max(0, headStart - 4), headStart))) continue;
    // The head read as a number of its own ("1 039") is the whole part of this one.
    for (let k = readings.length - 1; k >= 0; k--) {
      const h = readings[k]!;
      if (h !== r && h.start >= headStart && h.end <= r.start) readings.splice(k, 1);
    }
    const whole = head.replace(/[ \u00a0\u202f\u2009]/g, '');
    r.digits = `${whole}.${r.digits}`;
    r.decimals = r.digits.length - whole.length - 1;
    if (grouped !== null) r.grouped = true;
    r.spacedFrom = headStart;
    r.start = headStart;
  }
}

/** Amounts among the readings of one window of prose. */
export function proseAmounts(text: string, readings: Reading[]): ParsedAmount[] {
  spacedDecimals(text, readings);
  linkRanges(text, readings);
  const out: ParsedAmount[] = [];
  for (const r of readings) {
    const unit = finalUnit(r);
    if (unit === null && afterAreaCode(text, r.start)) continue;
    if (isProseAmount(r, unit) && unit !== 'foreign') out.push(toParsed(text, r, unit));
  }
  return out;
}

/**
 * A number right after an area code and its hyphen ("0480-84 555", "031-123 456") is the rest of
 * a telephone number, whose groups look like thousands; with a unit after it, it is an amount.
 */
const AREA_CODE = /(?<![\p{L}\d])0\d{1,3}[-–]$/u;
function afterAreaCode(text: string, start: number): boolean {
  return start > 1 && AREA_CODE.test(text.slice(Math.max(0, start - 6), start));
}

/** The single amount of a table cell, or null. */
export function cellAmount(text: string, readings: Reading[]): ParsedAmount | null {
  if (readings.length !== 1) return null;
  const r = readings[0] as Reading;
  const unit = finalUnit(r);
  if (!isCellAmount(r, unit) || unit === 'foreign') return null;
  return toParsed(text, r, unit);
}

export type { Reading };
