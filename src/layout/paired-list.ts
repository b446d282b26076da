/**
 * A list of recipients other than regions, each with two amounts that carry their own units:
 *
 *   • Härnösand, 17,6 miljoner kronor (sökt 104,5 mnkr)
 *   • Föreningen Norrsken: 2,4 mnkr (ansökt 3,0 mnkr)
 *
 * Every item has the same shape — the same mark between label and amount (a colon or a comma),
 * a first amount with the same unit words in every item, a second in parentheses with the same
 * unit words in every item — which a person reads as two columns of a table. A list whose items
 * differ in shape, or whose figures carry no money unit, stays prose for the text rules.
 */
const MIN_ITEMS = 3;
const MONEY_WORDS = /\b(?:miljarder|miljard|miljoner|miljon|mdkr|mnkr|mkr|tkr|tusen|kronor|kr|euro|sek)\b/i;
const NUMBER = /^[-−]?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,\d+)?/;

type Span = [number, number];

export interface PairedItem {
  src: { raw: string };
  label: Span;
  values: Span[];
  total: boolean;
}

/** The words after a value's number ("miljoner kronor" in "17,6 miljoner kronor"), lower case. */
function unitOf(raw: string, [from, to]: Span): string {
  const text = raw.slice(from, to);
  const m = NUMBER.exec(text);
  return (m ? text.slice(m[0].length) : '').trim().toLowerCase();
}

export function isPairedUnitRun(items: readonly PairedItem[]): boolean {
  const body = items.filter((x) => !x.total);
  if (body.length < MIN_ITEMS || body.some((x) => x.values.length !== 2)) return false;
  const mark = (x: PairedItem): string => x.src.raw.slice(x.label[1], x.values[0]![0]).trim();
  const first = mark(body[0]!);
  if (first !== ':' && first !== ',') return false;
  if (body.some((x) => mark(x) !== first)) return false;
  for (const k of [0, 1]) {
    const units = body.map((x) => unitOf(x.src.raw, x.values[k]!));
    if (!MONEY_WORDS.test(units[0]!) || units.some((u) => u !== units[0])) return false;
  }
  return true;
}
