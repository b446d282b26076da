import { matchRegion } from '../../regions/index.js';

/**
 * Regions a document says it leaves out: "samtliga regioner exkl. Gotland", "alla regioner
 * utom Region Jämtland Härjedalen och Region Gotland", "utom tre regioner. Dessa är Gotland,
 * Halland och Kalmar." Returns the region codes named after the exclusion, in the same
 * sentence or, when that sentence only counts them ("utom tre regioner"), the next one.
 */
const EXCLUDE = /\b(?:exkl\.?|exklusive|utom|förutom|med undantag (?:av|för)|undantaget|undantagna)\s+/gi;
const COUNTED = /^(?:\S+\s+){0,2}(?:regioner|regionerna|län|landsting)\b/i;

function regionsIn(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/,|;|:|\.(?=\s|$)|\boch\b|\bsamt\b|\bsom\b|\beftersom\b/)) {
    const words = piece.trim().split(/\s+/).filter((w) => w !== '');
    // The name may stand with words around it ("Region Gotland, som …"): try the first words.
    for (let n = Math.min(4, words.length); n >= 1; n--) {
      const m = matchRegion(words.slice(0, n).join(' '));
      if (m && m.distance === 0) {
        if (!out.includes(m.code)) out.push(m.code);
        break;
      }
    }
  }
  return out;
}

export function excludedRegions(sentences: readonly string[]): Set<string> {
  const out = new Set<string>();
  sentences.forEach((s, i) => {
    for (const m of s.matchAll(EXCLUDE)) {
      const after = s.slice(m.index + m[0].length);
      let found = regionsIn(after);
      if (found.length === 0 && COUNTED.test(after)) found = regionsIn((after.split(/[:]/)[1] ?? '') + ' ' + (sentences[i + 1] ?? '').replace(/^\s*(?:Dessa|De|Det)\s+(?:är|gäller)\s+/i, ''));
      for (const code of found) out.add(code);
    }
  });
  return out;
}
