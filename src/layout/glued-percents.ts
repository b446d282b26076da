/**
 * Shares printed in columns side by side lose the space between them in text taken out of a PDF
 * or a web table, most often on the total row ("Summa 1 200 100%100%", "Totalt 12,5%9,8%"). Each
 * cell ends in its percent sign, so the sign is where one cell ends and the next begins: the cut
 * is certain. A token of two percentages or more is split after each sign, positions kept.
 */
const GLUED_PERCENTS = /^(?:[-−–+]?\d[\d,.]*%){2,}$/;
const ONE_PERCENT = /[-−–+]?\d[\d,.]*%/g;

export interface PlacedToken {
  text: string;
  from: number;
  to: number;
}

/** The cells of a token of glued percentages, each at its place; null when the token is no such run. */
export function splitGluedPercents(tok: PlacedToken): PlacedToken[] | null {
  if (!GLUED_PERCENTS.test(tok.text)) return null;
  return [...tok.text.matchAll(ONE_PERCENT)].map((m) => ({ text: m[0], from: tok.from + m.index, to: tok.from + m.index + m[0].length }));
}
