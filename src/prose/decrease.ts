/**
 * An amount that a verb or noun of loss or decrease governs: "Region X förlorar 20 miljoner
 * kronor", "anslaget minskar med 15 mnkr", "en neddragning på 40 miljoner", "får 8 miljoner
 * mindre". It is the size of a change, not money paid or a total, so it is neither summed as a
 * part nor compared as a whole. Figures merely compared ("minskar från 20 till 15 miljoner")
 * are levels, not decreases: only the amount the verb takes "med", or takes directly
 * ("förlorar"), is one.
 *
 * Read from the words around the amount in its sentence, not from one pattern, so that a long
 * sentence costs no backtracking.
 */
import { DECREASE_VERBS, LOSS_VERBS, PARTICLES, PARTICLE_VERBS } from '../lexicon/decrease-words.js';

/** The preposition that takes the size of the change: "med" after a verb, also "på", "om" after a noun. */
const SIZE_PREPOSITIONS = new Set(['med', 'på', 'om']);
/** Words that may stand between the preposition or verb and the amount. */
const FILLERS = new Set(['totalt', 'sammanlagt', 'hela', 'nästan', 'bara', 'endast', 'ytterligare', 'mer', 'än', 'upp', 'till', 'över']);
/**
 * Words between a decrease verb and "med" that part the two: a level ("från"), a denial, a new
 * clause ("och", "som"), or a verb of receiving whose "med" it is ("får stöd med").
 */
const BREAKS = new Set([
  'från', 'inte', 'ej', 'aldrig', 'icke', 'och', 'samt', 'men', 'eller', 'som', 'att', 'där', 'vilket', 'medan',
  'får', 'fick', 'ges', 'gavs', 'tilldelas', 'tilldelades', 'beviljas', 'beviljades', 'erhåller', 'erhöll',
]);
/** Comparatives after the amount: "får 8 miljoner mindre", "3 miljoner lägre än i fjol". */
const LESS = new Set(['mindre', 'lägre']);
/** What may follow such a comparative; a noun after it makes "mindre" an adjective ("mindre företag"). */
const AFTER_LESS = new Set(['än', 'jämfört', 'i', 'per', 'under', 'för', 'nästa', 'totalt', 'sammanlagt', 'vilket', 'och', 'men', 'eftersom']);
/** Words looked at before the amount, between the verb and it. */
const MAX_BETWEEN = 5;
const LOOK_BACK = 80;
const LOOK_AHEAD = 30;

const WORD = /\p{L}+|[^\s\p{L}]/gu;

function tokens(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** Whether the amount at [start, end) of `sentence` is the size of a loss or decrease. */
export function isDecrease(sentence: string, start: number, end: number): boolean {
  return lossBefore(tokens(sentence.slice(Math.max(0, start - LOOK_BACK), start))) || lessAfter(tokens(sentence.slice(end, end + LOOK_AHEAD)));
}

/** Words that may join a decrease to the next figure of the same series: "med 1 230 miljoner 2025 och 2 638 miljoner 2026". */
const JOINERS = new Set(['och', 'respektive', 'samt', ',']);
const SERIES_WORDS = new Set([...JOINERS, 'år', 'per', 'helår', 'under', 'i', 'för', 'från', 'om', 'året', '–', '-']);

/**
 * Which amounts of a sentence (in order, by their offsets) are decreases: each read by
 * isDecrease, and one that continues a decrease's series after "och", "respektive" or a comma,
 * with only years and such words between ("minska utgifterna med 1 230 miljoner kronor 2025 och
 * 2 638 miljoner kronor 2026"), is one too. A level word between ("till") ends the series.
 */
export function decreasesIn(sentence: string, spans: readonly { start: number; end: number }[]): boolean[] {
  const out: boolean[] = [];
  spans.forEach((span, i) => {
    const previous = spans[i - 1];
    const own = isDecrease(sentence, span.start, span.end);
    const between = previous && out[i - 1] ? tokens(sentence.slice(previous.end, span.start)) : null;
    const continues = between !== null && between.length <= 8 && between.some((w) => JOINERS.has(w)) && between.every((w) => SERIES_WORDS.has(w) || /^\d$/.test(w));
    out.push(own || continues);
  });
  return out;
}

function lossBefore(before: readonly string[]): boolean {
  let i = before.length - 1;
  while (i >= 0 && FILLERS.has(before[i]!)) i--;
  if (i < 0) return false;
  const last = before[i]!;
  if (LOSS_VERBS.has(last)) return true;
  // "går miste om 20 miljoner", "blir av med 20 miljoner".
  if (last === 'om' && before[i - 1] === 'miste') return true;
  if (last === 'med' && before[i - 1] === 'av' && /^(?:blir|blev|blivit|bli)$/.test(before[i - 2] ?? '')) return true;
  if (!SIZE_PREPOSITIONS.has(last)) return false;
  // "minskar med", "minskar därmed för Region X med": the verb a few words before "med", with no figure,
  // mark, level word or denial between.
  for (let k = i - 1; k >= 0 && k >= i - 1 - MAX_BETWEEN; k--) {
    const w = before[k]!;
    if (BREAKS.has(w) || !/^\p{L}+$/u.test(w)) return false;
    if (DECREASE_VERBS.has(w)) return last === 'med' || isNoun(w);
    if (PARTICLES.has(w) && PARTICLE_VERBS.has(before[k - 1] ?? '')) return last === 'med';
  }
  return false;
}

/** The nouns of DECREASE_VERBS, which take "på" and "om" as well as "med" ("en neddragning på 40 miljoner"). */
function isNoun(w: string): boolean {
  return /(?:ning|ningen|ion|ionen|ring|ringen|fall|fallet|lust|lusten|skott|skottet)$/.test(w);
}

function lessAfter(after: readonly string[]): boolean {
  const first = after[0];
  if (first === undefined || !LESS.has(first)) return false;
  const next = after[1];
  return next === undefined || !/^\p{L}+$/u.test(next) || AFTER_LESS.has(next);
}
