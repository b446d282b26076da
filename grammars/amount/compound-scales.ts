/**
 * "3 miljarder och 361 miljoner kronor", "2 miljarder 500 miljoner": one sum written in two scale
 * words, the larger first with no currency word of its own, the smaller part less than one of the
 * larger scale. A person reads one amount, 3 361 miljoner kronor; read as two, the first stood as
 * an amount of its own (3 000 000 000) that no table or sum states.
 */
import type { ParsedAmount } from './types.js';

/** Only a space, or "och" between spaces, lies between the two parts. */
const JOINER = /^\s+(?:och\s+)?$/i;
/** The first part ends in its scale word: a currency word after it closes an amount of its own. */
const ENDS_IN_SCALE = /(?:miljard(?:er)?|miljon(?:er)?|milj\.|mdr|tusen)$/i;

function joins(text: string, a: ParsedAmount, b: ParsedAmount): boolean {
  if (a.scale <= b.scale || b.scale === 1 || !ENDS_IN_SCALE.test(a.raw)) return false;
  if (!JOINER.test(text.slice(a.end, b.start))) return false;
  if (b.qualifier !== 'exact' || b.value.isNegative() || a.value.isNegative()) return false;
  // The smaller part is less than one of the larger scale ("3 miljarder 1 500 miljoner" is no sum).
  if (b.value.gte(a.scale)) return false;
  // The first part's unit comes from its scale word alone, so the second's noun speaks for both
  // ("2 miljoner och 300 tusen invånare" is one count).
  const unitOf = (x: ParsedAmount) => x.unit ?? 'SEK';
  return unitOf(a) === 'SEK' && (unitOf(b) === 'SEK' || unitOf(b) === 'count');
}

/** The amounts with each two-part sum read as one, in source order. */
export function withCompoundScales<T extends ParsedAmount>(text: string, found: T[]): T[] {
  if (found.length < 2) return found;
  const out: T[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const b = found[i + 1];
    if (b === undefined || !joins(text, a, b)) {
      out.push(a);
      continue;
    }
    const value = a.value.plus(b.value);
    out.push({
      ...b,
      value,
      written: value.div(b.scale),
      unit: b.unit ?? a.unit,
      qualifier: a.qualifier,
      anomalies: [...a.anomalies, ...b.anomalies],
      raw: text.slice(a.start, b.end),
      start: a.start,
    });
    i++;
  }
  return out;
}
