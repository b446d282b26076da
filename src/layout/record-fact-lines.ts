import type { SourceLine } from './source-line.js';

/**
 * The fact lines of a region's block (region-list.ts, detectRegionRecords) as pages copied out of
 * a browser give them: a blank line between every two facts, as between every two paragraphs,
 * and a key that a list item's label could not be, being long or holding a dash of its own:
 *
 *   Hallands län
 *
 *   Platser för barn – antal beslutade: 1 210
 *
 *   Platser för vuxna – antal anvisade: 640
 *
 * `factLineAfter` finds where the next fact of the block stands: right at `at`, or after blank
 * lines when the block already has a fact and the line after them reads as one (in a block after
 * the first, with one of the first block's keys, so that a line after the last block, a total or
 * a note, is not taken into it). `colonFact` reads "Key: figure" where the key is any words
 * without figures before the colon and one figure, maybe with its unit, ends the line.
 */
const MAX_KEY = 120;
const FIGURE = /^[-−]?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?(?:[ \u00a0]?(?:%|procent|st|kr|kronor|tkr|mkr|mnkr|(?:tusen|miljoner|miljarder)[ \u00a0]kronor))?\.?$/;

type Span = [number, number];

export function colonFact(raw: string): { label: Span; value: Span } | null {
  const text = raw.trimEnd();
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const from = text.length - text.trimStart().length;
  const key = text.slice(from, colon).trimEnd();
  if (key.length < 2 || key.length > MAX_KEY || /\d/.test(key) || !/^\p{Lu}/u.test(key)) return null;
  const valueFrom = colon + 1 + (text.slice(colon + 1).length - text.slice(colon + 1).trimStart().length);
  const value = text.slice(valueFrom);
  if (!FIGURE.test(value)) return null;
  const end = value.endsWith('.') ? text.length - 1 : text.length;
  return { label: [from, from + key.length], value: [valueFrom, end] };
}

/**
 * The index of the block's next fact line at or after `at`, or -1. `keyOf` reads a line's key
 * (null when it is no fact); `firstKeys` are the first block's keys, null while reading it.
 */
export function factLineAfter(lines: readonly SourceLine[], at: number, hasFacts: boolean, keyOf: (raw: string) => string | null, firstKeys: readonly string[] | null): number {
  if (at >= lines.length) return -1;
  if (lines[at]!.raw.trim() !== '') return keyOf(lines[at]!.raw) === null ? -1 : at;
  if (!hasFacts) return -1;
  let j = at;
  while (j < lines.length && lines[j]!.raw.trim() === '') j++;
  if (j >= lines.length) return -1;
  const key = keyOf(lines[j]!.raw);
  if (key === null) return -1;
  return firstKeys === null || firstKeys.includes(key) ? j : -1;
}
