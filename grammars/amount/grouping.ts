/**
 * Thousands grouping: splitting a run of digit groups ("2024 141 759 535") into the numbers it
 * most plausibly holds, and flagging runs that break the three-digit rule ("544 99 160").
 */
import { GROUP_SEPARATORS } from './lexemes.js';
import type { Span } from './syntax.js';

export interface DigitGroup {
  digits: string;
  start: number;
  end: number;
}

/** One number cut from a run: its groups, the decimals if it ends the run, and whether grouping was broken. */
export interface NumberPiece {
  groups: DigitGroup[];
  fraction: string;
  malformed: boolean;
  start: number;
  /** End of the piece including its decimals. */
  end: number;
}

export interface DigitRun {
  groups: DigitGroup[];
  fraction: string;
  /** End of the decimals (or of the last group when there are none). */
  end: number;
}

const SEPARATOR = new Set(GROUP_SEPARATORS);

/** Splits a NumberRun token into its groups and decimal part. */
export function readRun(run: Span): DigitRun {
  const comma = run.image.indexOf(',');
  const intText = comma < 0 ? run.image : run.image.slice(0, comma);
  const fraction = comma < 0 ? '' : run.image.slice(comma + 1);
  const groups: DigitGroup[] = [];
  let from = 0;
  for (let i = 0; i <= intText.length; i++) {
    if (i === intText.length || SEPARATOR.has(intText.charAt(i))) {
      groups.push({ digits: intText.slice(from, i), start: run.start + from, end: run.start + i });
      from = i + 1;
    }
  }
  return { groups, fraction, end: run.end };
}

/** A lone group of any length, or a head of 1–3 digits followed by groups of exactly three. */
export function isWellFormed(groups: readonly DigitGroup[]): boolean {
  if (groups.length <= 1) return true;
  const [head, ...rest] = groups;
  return head !== undefined && head.digits.length <= 3 && rest.every((g) => g.digits.length === 3);
}

/** A four-digit year that may stand just before an amount ("under 2023 10 000 kronor"). */
export function isYear(group: DigitGroup): boolean {
  return /^(?:19|20)\d\d$/.test(group.digits);
}

function piece(groups: DigitGroup[], fraction: string, fractionEnd: number | null): NumberPiece {
  const first = groups[0];
  const last = groups[groups.length - 1];
  if (first === undefined || last === undefined) throw new Error('empty number piece');
  return {
    groups,
    fraction,
    malformed: !isWellFormed(groups),
    start: first.start,
    end: fractionEnd ?? last.end,
  };
}

/** Longest well-formed prefixes, left to right; every piece is well-formed. */
function greedySplit(groups: readonly DigitGroup[]): DigitGroup[][] {
  const pieces: DigitGroup[][] = [];
  let i = 0;
  while (i < groups.length) {
    const head = groups[i] as DigitGroup;
    const current = [head];
    i++;
    if (head.digits.length <= 3) {
      while (i < groups.length && (groups[i] as DigitGroup).digits.length === 3) {
        current.push(groups[i] as DigitGroup);
        i++;
      }
    }
    pieces.push(current);
  }
  return pieces;
}

function withFraction(pieces: DigitGroup[][], run: DigitRun): NumberPiece[] {
  return pieces.map((groups, i) =>
    i === pieces.length - 1 ? piece(groups, run.fraction, run.fraction ? run.end : null) : piece(groups, '', null),
  );
}

/**
 * Telephone numbers ("08-405 10 00", "073 848 56 79") are digit runs too: they end in pairs
 * of digits, or have a multi-digit group starting with 0 where a grouped number would begin.
 */
function looksLikePhoneNumber(run: DigitRun, pieces: readonly DigitGroup[][]): boolean {
  const n = run.groups.length;
  const pair = (g: DigitGroup | undefined) => g !== undefined && g.digits.length === 2;
  if (run.fraction === '' && n >= 3 && pair(run.groups[n - 1]) && pair(run.groups[n - 2])) return true;
  return pieces.some((p) => p.length > 1 && /^0\d/.test((p[0] as DigitGroup).digits));
}

/** A table cell holds one number: the run is read whole, malformed or not. */
export function resolveCell(run: DigitRun): NumberPiece {
  return piece(run.groups, run.fraction, run.fraction ? run.end : null);
}

/**
 * Numbers in a prose run. A well-formed run is one number. Otherwise it is cut into
 * well-formed pieces when the cut is evident (a year in front, or a complete multi-group
 * number followed by more digits, as in "2 455 914 23,3 %"); failing that, a run followed by
 * kronor or percent is read whole as one malformed number ("544 99 160 kronor"), while a
 * run without such a unit yields only the pieces that are certainly numbers of their own.
 */
export function resolveProse(run: DigitRun, moneyOrPercentFollows: boolean): NumberPiece[] {
  // No one writes a number whose first group is a zero and more digits ("06 11,6"): such a group
  // ends something else (a date's month in "2018-06 11,6 miljoner", a code), and the number
  // starts after it. Phone numbers with a unit after them are left as they were read.
  const head = run.groups[0];
  if (run.groups.length > 1 && head && /^0\d/.test(head.digits) && !(!moneyOrPercentFollows && looksLikePhoneNumber(run, greedySplit(run.groups)))) {
    return [piece([head], '', null), ...resolveProse({ ...run, groups: run.groups.slice(1) }, moneyOrPercentFollows)];
  }
  if (isWellFormed(run.groups)) return withFraction([run.groups], run);
  const pieces = greedySplit(run.groups);
  const first = pieces[0] as DigitGroup[];
  if (!moneyOrPercentFollows && looksLikePhoneNumber(run, pieces)) return withFraction([[first[0] as DigitGroup]], { ...run, fraction: '' });
  // A piece that would begin with a zero ("1 200 00 000": "00 000") is no number anyone writes: the cut is not evident.
  const zeroHead = pieces.slice(1).some((p) => /^0\d/.test((p[0] as DigitGroup).digits));
  const evidentCut = !zeroHead && (first.length > 1 || (first.length === 1 && isYear(first[0] as DigitGroup)));
  if (evidentCut) return withFraction(pieces, run);
  if (moneyOrPercentFollows) return [piece(run.groups, run.fraction, run.fraction ? run.end : null)];
  // "544 99 160" or "103 15" with no unit: keep only the leading group, which is ungrouped and
  // therefore never reported; the rest could be a fragment and is not trusted.
  return withFraction([first], { ...run, fraction: pieces.length === 1 ? run.fraction : '' });
}
