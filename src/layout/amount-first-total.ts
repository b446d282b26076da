import { LIST_BULLET } from './list-items.js';
import type { SourceLine } from './source-line.js';
import { isTotalLabelText } from './total-label.js';

type Span = [number, number];

/**
 * The total that closes an amount-first list, written label first as totals are:
 *
 *   - 80 118 tkr till Stockholm          1. 12,5 miljoner kronor till Region Skåne
 *   - 1 367 tkr till Uppsala             2. 3 miljoner kronor till Region Gotland
 *   - Totalt: 81 485 tkr                 Summa 15,5 miljoner kronor
 *
 * The line opens (after its bullet) with a total word, a colon or space, then exactly one
 * figure with the unit words `unit` ('' for a figure with none) and perhaps a full stop. Blank
 * lines before it are allowed, at most MAX_GAP. Returns the line, its label and value spans (the
 * value without the unit words when `bareValue`) and the index after it, or null.
 */
const MAX_GAP = 1;
const FIGURE = /^[-−]?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?/;

export function closingTotalItem(lines: readonly SourceLine[], end: number, unit: string, bareValue: boolean): { src: SourceLine; label: Span; value: Span; end: number } | null {
  let i = end;
  while (i < lines.length && lines[i]!.raw.trim() === '' && i - end < MAX_GAP) i++;
  const src = lines[i];
  if (!src) return null;
  const raw = src.raw.trimEnd();
  let from = raw.length - raw.trimStart().length;
  const bullet = LIST_BULLET.exec(raw.slice(from));
  if (bullet) from += bullet[0].length;
  const word = /^\p{L}+/u.exec(raw.slice(from));
  if (!word || !isTotalLabelText(word[0])) return null;
  const labelEnd = from + word[0].length;
  const gap = /^:?[ \u00a0]+/.exec(raw.slice(labelEnd));
  if (!gap) return null;
  const valueFrom = labelEnd + gap[0].length;
  const figure = FIGURE.exec(raw.slice(valueFrom));
  if (!figure) return null;
  const figureEnd = valueFrom + figure[0].length;
  const rest = raw.slice(figureEnd).replace(/\.$/, '');
  if (rest.trim().toLowerCase() !== unit || (unit !== '' && !/^[ \u00a0]/.test(rest)) || (unit === '' && rest !== '')) return null;
  const valueEnd = bareValue ? figureEnd : figureEnd + rest.length;
  return { src, label: [from, labelEnd], value: [valueFrom, valueEnd], end: i + 1 };
}
