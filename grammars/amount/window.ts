/**
 * Cuts a token stream into windows: maximal stretches of tokens that can belong to amounts
 * (numbers, number words, qualifiers, scale and unit words). Ordinary words and punctuation
 * end a window, so the parser only ever sees amount material.
 */
import type { IToken, TokenType } from 'chevrotain';
import * as t from './tokens.js';

const ALWAYS: ReadonlySet<TokenType> = new Set([
  t.NumberRun, t.NumberWord, t.Och, t.Halv, t.Thousand, t.Million, t.Billion, t.Sek,
  t.SekThousand, t.SekMillion, t.SekBillion, t.PercentSign, t.PercentWord, t.Swedish,
  t.ForeignAdjective, t.ForeignCurrency, t.CountNoun,
]);

const TAIL: ReadonlySet<TokenType> = new Set([
  t.Thousand, t.Million, t.Billion, t.Sek, t.SekThousand, t.SekMillion, t.SekBillion,
  t.PercentSign, t.PercentWord, t.CountNoun,
]);

function end(token: IToken): number {
  return token.startOffset + token.image.length;
}

/** A dash belongs to a number only when the digits follow it directly ("−27", "0–18"). */
function dashBeforeNumber(tokens: readonly IToken[], i: number): boolean {
  const dash = tokens[i] as IToken;
  const next = tokens[i + 1];
  return next !== undefined && next.tokenType === t.NumberRun && next.startOffset === end(dash);
}

function startsNumeral(tokens: readonly IToken[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (token.tokenType === t.NumberRun || token.tokenType === t.NumberWord) return true;
  return token.tokenType === t.Dash && dashBeforeNumber(tokens, i);
}

function inWindow(tokens: readonly IToken[], i: number): boolean {
  const type = (tokens[i] as IToken).tokenType;
  if (ALWAYS.has(type)) return true;
  if (type === t.Dash) return dashBeforeNumber(tokens, i);
  if (type === t.Qualifier) return startsNumeral(tokens, i + 1);
  return false;
}

/** Table columns (tabs) and paragraphs (blank lines) separate amounts even without punctuation. */
function hardBreak(text: string, from: number, to: number): boolean {
  if (to === from) return false;
  const gap = text.slice(from, to);
  return gap.includes('\t') || /\n[^\S\n]*\n/.test(gap);
}

/** Whether a window is worth parsing: it has digits, or number words with a scale or unit. */
function hasNumber(window: readonly IToken[]): boolean {
  let words = false;
  let tail = false;
  for (const token of window) {
    if (token.tokenType === t.NumberRun) return true;
    if (token.tokenType === t.NumberWord) words = true;
    else if (TAIL.has(token.tokenType)) tail = true;
  }
  return words && tail;
}

export function* windows(text: string, tokens: readonly IToken[]): Generator<IToken[]> {
  let current: IToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as IToken;
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
