import { Decimal } from 'decimal.js';
import { saysSumsDiffer } from './sum-differs.js';

/**
 * What a document says about its own rounding: "Beloppen är avrundade till närmaste
 * tiotusental kronor", "Belopp i hela miljoner kronor", "Antalen är avrundade, varför summan
 * kan avvika". Read from a sentence; the rules apply it to the columns it speaks of.
 */
export interface RoundingNote {
  /** Which columns it speaks of: money columns, counts of persons or things, or all. */
  applies: 'money' | 'count' | 'all';
  /** The rounding step in base units (10 000 for "närmaste tiotusental kronor"), or null when not said. */
  step: Decimal | null;
  /** The text says that sums may differ from their parts ("summan kan avvika"). */
  mayDiffer: boolean;
  text: string;
}

// The verb ("avrundade", "har avrundats") or the noun ("på grund av avrundning", "avrundningsdifferenser").
const ROUNDED = /\bavrunda(?:de|d|t|s|ts)?\b|\bavrundning[a-zåäö]{0,12}\b|\bi\s+hela\s+(?:tusental|miljoner|miljarder|tusen|kronor)\b/i;
const MAY_DIFFER =
  /\b(?:summ(?:an|or|orna|eringen)|totalen|totalsumman|delarna)\b[^.]{0,40}\b(?:kan|behöver inte|måste inte)\b[^.]{0,20}(?<![\p{L}\d_])(?:avvika|skilja|stämma|överensstämma)|\bsummerar\s(?:[a-zåäö]+\s){0,2}?inte\b|\b(?:summ(?:an|orna)|totalen|totalsumman)\s(?:[a-zåäö]+\s){0,2}?inte\s(?:alltid\s)?(?:stämmer|överensstämmer|går ihop)\b|\bgår\s(?:summ(?:an|orna)|totalen)\sinte\s(?:alltid\s)?ihop\b|\bkan avvika\b|\bbehöver inte summera\b/iu;

/**
 * Figures the document calls means ("Årssiffrorna är medeltal av månadssiffrorna", "värdena
 * avser ett vägt genomsnitt"): each is computed and rounded on its own, so a total of means
 * need not equal the sum of the means as printed. Read as a note that sums may differ.
 */
const MEANS = /(?:^|\s)(?:är|avser|utgör|anges\ssom)\s(?:[a-zåäö]+\s){0,2}?(?:medeltal|medelvärden|medelvärdet|genomsnitt|genomsnittet)\b/i;

const STEPS: [RegExp, number][] = [
  [/\bhundratusental\b/i, 100_000],
  [/\btiotusental\b/i, 10_000],
  [/\btusental\b|\bhela\s+tusen\b|\bhela\s+tusental\b/i, 1_000],
  [/\bhundratal\b/i, 100],
  [/\btiotal\b/i, 10],
  [/\bmiljardtal\b|\bhela\s+miljarder\b|\bnärmaste\s+miljard\b/i, 1e9],
  [/\bmiljontal\b|\bhela\s+miljoner\b|\bnärmaste\s+miljon(?:tal)?\b|\bnärmaste\s+hela\s+miljon/i, 1e6],
  [/\bhela\s+kronor\b|\bnärmaste\s+(?:hel\s+)?krona\b/i, 1],
];

const MONEY = /\bbelopp(?:en)?\b|\bkronor\b|\bkr\b|\bmedel(?:en)?\b/i;
const COUNT = /\bantal(?:en|et)?\b|\bpersoner\b|\bindivider\b/i;

export function readRounding(sentence: string): RoundingNote | null {
  if (!ROUNDED.test(sentence)) return MEANS.test(sentence) ? { applies: 'all', step: null, mayDiffer: true, text: sentence.trim() } : null;
  const step = STEPS.find(([re]) => re.test(sentence));
  const count = COUNT.test(sentence);
  const money = MONEY.test(sentence);
  return {
    applies: count && !money ? 'count' : money && !count ? 'money' : 'all',
    step: step ? new Decimal(step[1]) : null,
    mayDiffer: MAY_DIFFER.test(sentence) || saysSumsDiffer(sentence),
    text: sentence.trim(),
  };
}

/** Every rounding note among the sentences (a document rarely has more than one). */
export function roundingNotes(sentences: readonly string[]): RoundingNote[] {
  const out: RoundingNote[] = [];
  sentences.forEach((s, i) => {
    const n = readRounding(s);
    if (!n) return;
    // The footnote's next or previous sentence says the sums may differ ("Avrundat till närmaste
    // tusental. Delsummorna summerar därför inte exakt till totalen."): the note says so too.
    if (!n.mayDiffer) {
      const beside = [sentences[i + 1], sentences[i - 1]].find((b) => b !== undefined && readRounding(b) === null && saysSumsDiffer(b));
      if (beside !== undefined) {
        n.mayDiffer = true;
        n.text = i + 1 < sentences.length && beside === sentences[i + 1] ? `${n.text} ${beside.trim()}` : `${beside.trim()} ${n.text}`;
      }
    }
    out.push(n);
  });
  return out;
}
