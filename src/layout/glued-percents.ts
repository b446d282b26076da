/**
 * Shares printed in columns side by side lose the space between them in text taken out of a PDF
 * or a web table, most often on the total row ("Summa 1 200 100%100%", "Totalt 12,5%9,8%"). Each
 * cell ends in its percent sign, so the sign is where one cell ends and the next begins: the cut
 * is certain. A token of two percentages or more is split after each sign, positions kept.
 */
const GLUED_PERCENTS = /^(?:[-−–+]?\d[\d,.]*%){2,}$/;

export interface PlacedToken {
  text: string;
  from: number;
  to: number;
}

/** The cells of a token of glued percentages, each at its place; null when the token is no such run. */
export function splitGluedPercents(tok: PlacedToken): PlacedToken[] | null {
  if (!GLUED_PERCENTS.test(tok.text)) return null;
  // Cut after each percent sign (a plain scan: the token is already known to be such a run).
  const out: PlacedToken[] = [];
  let start = 0;
  for (let k = 0; k < tok.text.length; k++) {
    if (tok.text[k] !== '%') continue;
    out.push({ text: tok.text.slice(start, k + 1), from: tok.from + start, to: tok.from + k + 1 });
    start = k + 1;
  }
  return out;
}
