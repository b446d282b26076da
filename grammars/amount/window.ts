/**
 * Cuts a token stream into windows: maximal stretches of tokens that can belong to amounts
 * (numbers, number words, qualifiers, scale and unit words). Ordinary words and punctuation
 * end a window, so the parser only ever sees amount material.
 */
import type { AmountToken } from './scan.js';

// Token types by name: the tokens come from scan.ts when reading, from chevrotain in tests.
const ALWAYS: ReadonlySet<string> = new Set([
  'NumberRun', 'NumberWord', 'Och', 'Halv', 'Thousand', 'Million', 'Billion', 'Sek',
  'SekThousand', 'SekMillion', 'SekBillion', 'PercentSign', 'PercentWord', 'Swedish',
  'ForeignAdjective', 'ForeignCurrency', 'CountNoun',
]);

const TAIL: ReadonlySet<string> = new Set([
  'Thousand', 'Million', 'Billion', 'Sek', 'SekThousand', 'SekMillion', 'SekBillion',
  'PercentSign', 'PercentWord', 'CountNoun',
]);

function end(token: AmountToken): number {
  return token.startOffset + token.image.length;
}

/** A dash belongs to a number only when the digits follow it directly ("−27", "0–18"). */
function dashBeforeNumber(tokens: readonly AmountToken[], i: number): boolean {
  const dash = tokens[i] as AmountToken;
  const next = tokens[i + 1];
  return next !== undefined && next.tokenType.name === 'NumberRun' && next.startOffset === end(dash);
}

function startsNumeral(tokens: readonly AmountToken[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  const name = token.tokenType.name;
  if (name === 'NumberRun' || name === 'NumberWord') return true;
  return name === 'Dash' && dashBeforeNumber(tokens, i);
}

function inWindow(tokens: readonly AmountToken[], i: number): boolean {
  const type = (tokens[i] as AmountToken).tokenType.name;
  if (ALWAYS.has(type)) return true;
  if (type === 'Dash') return dashBeforeNumber(tokens, i);
  if (type === 'Qualifier') return startsNumeral(tokens, i + 1);
  return false;
}

/** Table columns (tabs) and paragraphs (blank lines) separate amounts even without punctuation. */
function hardBreak(text: string, from: number, to: number): boolean {
  if (to === from) return false;
  const gap = text.slice(from, to);
  return gap.includes('\t') || /\n[^\S\n]*\n/.test(gap);
}

/** Whether a window is worth parsing: it has digits, or number words with a scale or unit. */
function hasNumber(window: readonly AmountToken[]): boolean {
  let words = false;
  let tail = false;
  for (const token of window) {
    const name = token.tokenType.name;
    if (name === 'NumberRun') return true;
    if (name === 'NumberWord') words = true;
    else if (TAIL.has(name)) tail = true;
  }
  return words && tail;
}

export function* windows<T extends AmountToken>(text: string, tokens: readonly T[]): Generator<T[]> {
  let current: T[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as T;
    const previous = current[current.length - 1];
    const fits = inWindow(tokens, i);
    if (previous !== undefined && (!fits || hardBreak(text, end(previous), token.startOffset))) {
      if (hasNumber(current)) yield current;
      current = [];
    }
    if (fits) current.push(token);
  }
  if (hasNumber(current)) yield current;
}
