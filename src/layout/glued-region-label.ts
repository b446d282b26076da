import { matchRegion } from '../regions/match.js';

/**
 * A region's name glued to the first digits of its first value, the space between label and
 * value lost when a web table was copied as text ("Kalmar106 550 128 60 783 …", "Västra
 * Götalands län4 512 300 …"): the digits open the value, so "Kalmar" / "106 550 128". Only a
 * name that is a region as written (no near-miss) gives its digits away, and only when a digit
 * group of three follows, so that the digits visibly begin a grouped number; a note mark glued to
 * a region name would read the same, which is why the cells stay single-spaced readings
 * (`readBy: "spaced"`) and a sum over them can only warn.
 */
export interface GluedTok {
  text: string;
  from: number;
  to: number;
}

/** Letters, then one to three digits, ending the token; the letters' last three are checked cheaply first. */
const GLUED_DIGITS = /\p{L}{3}(\d{1,3})$/u;
const GROUP = /^\d{3}$/;

/** The tokens with a region name's glued digits split off into a token of their own; the same array when nothing is glued. */
export function splitGluedRegionLabel(raw: string, toks: GluedTok[]): GluedTok[] {
  // Only the label's last token can hold the glued digits: the first token followed by a digit group.
  for (let k = 0; k + 1 < toks.length && k < 8; k++) {
    const t = toks[k]!;
    if (!GROUP.test(toks[k + 1]!.text)) continue;
    const m = GLUED_DIGITS.exec(t.text);
    if (m === null) return toks;
    const cut = t.to - m[1]!.length;
    const label = raw.slice(toks[0]!.from, cut);
    const region = matchRegion(label);
    if (region === null || region.distance !== 0) return toks;
    const out = toks.slice(0, k);
    out.push({ text: raw.slice(t.from, cut), from: t.from, to: cut }, { text: m[1]!, from: cut, to: t.to });
    return out.concat(toks.slice(k + 1));
  }
  return toks;
}
