import { parseAmountFirstItem } from './amount-first-list.js';

type Span = [number, number];

/**
 * Items run on in one sentence that each give the amount first and then what it goes to:
 *
 *   Fördelningen ser ut så här: 72 117 tusen kronor till Kulturhuset, 17 803 tusen kronor till
 *   Folkets Hus och Parker och 8 833 tusen kronor till Naturskyddsföreningen.
 *
 * The items part where a comma, "och" or "samt" stands right before a figure, since a name may
 * hold "och" itself ("Folkets Hus och Parker") but never a figure. Every piece must read as an
 * amount-first item of money ("… kronor till …", amount-first-list.ts), or the line is prose.
 */
const PART = /(?:,? (?:och|samt) |[,;] )(?=[-−]?\d)/g;

export function readAmountFirstItems(raw: string, from: number): { label: Span; figures: Span[] }[] | null {
  const text = raw.slice(from).replace(/\.\s*$/, '');
  const items: { label: Span; figures: Span[] }[] = [];
  let at = 0;
  const cuts = [...text.matchAll(PART)].map((m) => [m.index, m.index + m[0].length] as const);
  cuts.push([text.length, text.length]);
  for (const [cut, next] of cuts) {
    const piece = text.slice(at, cut);
    const p = parseAmountFirstItem(piece);
    // Money with its unit only: a share or a bare figure before "till" is a sentence's.
    if (!p || p.percent || p.bare || p.value[0] !== 0) return null;
    const base = from + at;
    items.push({ label: [base + p.label[0], base + p.label[1]], figures: [[base + p.value[0], base + p.value[1]]] });
    at = next;
  }
  return items;
}
