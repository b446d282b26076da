/**
 * The Swedish phrasings kronkoll reads money statements by, in one table: the decision
 * statements (corpus/statements.ts), the parts of an agreement's frame (corpus/derive.ts) and
 * the allocation keys. Each entry says which kind of document writes it and how the wording
 * varies; the pattern covers the class (tense, voice, synonyms), not one document's sentence.
 *
 * Patterns marked `before` are tested on the words just before an amount and end with `$`;
 * `after` on the words after it; `clause` anywhere in a clause. They are plain data: a later
 * reader (a payout ledger across documents) imports the same table.
 */
export interface Phrase {
  /** What the phrase marks, in the terms of the code that uses it. */
  role: string;
  pattern: RegExp;
  where: 'before' | 'after' | 'clause';
  /** Which kind of document uses it. */
  source: string;
  /** How it varies, and what the pattern therefore accepts. */
  varies: string;
  /**
   * A phrase in two steps, "A … B": `pattern` finds A, and `then` must match, anchored, the text
   * after A's first match (on each line, with `perLine`) or after its last. One pattern A.*B would
   * rescan the rest of the text from every A: quadratic on a long text that repeats A.
   */
  then?: { pattern: RegExp; after: 'first' | 'last'; perLine?: boolean };
}

// Verb forms, shared by the phrases below. Each lists present, past, supine and passive.
/** avsätta: "avsätter", "avsatte", "har avsatt", "avsätts", "avsattes", "har avsatts". */
const SET_ASIDE = String.raw`(?:avsätter|avsatte|avsätts|avsattes|avsatts|avsatt|avsätta)`;
/**
 * Paid out in the past: "utbetalades", "har utbetalats", "betalades ut", "har betalats ut",
 * "betalade (regeringen) ut", "har (regeringen) betalat ut".
 */
const PAID_OUT = String.raw`(?:utbetalades|utbetalats?|betalades\s+ut|betalats\s+ut|betalade\s+(?:\S+\s+)?ut|betalat\s+ut)`;
/** Paid out by the decision itself: "betala ut", "betalar ut", "betalas ut", "utbetala", "utbetalas". */
const PAY_OUT_NOW = String.raw`(?:betala\s+ut|betalar\s+ut|betalas\s+ut|utbetala|utbetalas)`;
/** Given a part: "tilldelas", "tilldelades", "har tilldelats", "erhåller", "erhöll", "rekvirerar". */
const ALLOT = String.raw`(?:tilldela\w*|erhåll\w*|erhöll|rekvirera\w*)`;
/** What is left: "resterande", "återstående", "kvarvarande". */
const LEFT = String.raw`(?:resterande|återstående|kvarvarande)`;
/** The whole: "omfattar totalt", "omfattade totalt", "uppgår till totalt", "uppgår totalt till". */
const IN_TOTAL = String.raw`(?:(?:omfattar|omfattade)\s+totalt|(?:uppgår|uppgick)\s+(?:till\s+totalt|totalt\s+till))`;

export const PHRASES = {
  // Decision statements: what a payout decision says about its agreement's money.
  decisionThis: {
    role: 'this',
    pattern: new RegExp(String.raw`(?:(?:omfattas\s+av|avses\s+i)\s+detta\s+beslut|detta\s+beslut\s+(?:avser|omfattar))\W*$`, 'i'),
    where: 'before',
    source: 'Payout decisions under an agreement name the amount they pay: "Medlen som omfattas av detta beslut, X".',
    varies: '"omfattas av detta beslut", "som avses i detta beslut", "detta beslut avser/omfattar X".',
  },
  decisionThisSentence: {
    role: 'this',
    pattern: /(?:omfattas\s+av|avses\s+i)\s+detta\s+beslut|detta\s+beslut\s+(?:avser|omfattar)/i,
    where: 'clause',
    source: 'As decisionThis, anywhere in the sentence: marks the sentence that names the payout of this decision.',
    varies: 'As decisionThis.',
  },
  decisionPayOut: {
    role: 'this',
    pattern: new RegExp(String.raw`\b${PAY_OUT_NOW}\s*$`, 'i'),
    where: 'before',
    source: 'The decision sentence itself: "Regeringen beslutar att betala ut X kronor till regionerna".',
    varies: 'Infinitive, present or passive ("betala ut", "betalar ut", "betalas ut", "utbetalas"); read as this decision only with decisionRecipients after the amount.',
  },
  decisionRecipients: {
    role: 'this',
    pattern: /\btill\s+(?:regionerna|landstingen)\b/i,
    where: 'after',
    source: 'Follows the amount a decision pays out: "… X kronor till regionerna".',
    varies: '"regionerna", or "landstingen" in older decisions.',
  },
  decisionRemaining: {
    role: 'remaining',
    pattern: new RegExp(String.raw`^\s*(?:de\s+)?${LEFT}\s+(?:medel|medlen)(?:\s+(?:uppgår|uppgick)\s+till|\s+är|\s+var)?\W*$`, 'i'),
    where: 'before',
    source: 'Decisions paying the remainder of an agreement: "Resterande medel, X, ska fördelas …".',
    varies: '"resterande", "återstående" or "kvarvarande" "medel/medlen", as an apposition or with "uppgår till", "är".',
  },
  decisionSkr: {
    role: 'skr',
    pattern: new RegExp(String.raw`\b(?:SKR|Sveriges\s+Kommuner\s+och\s+Regioner)\b[^.]{0,30}\b${ALLOT}\s*$`, 'i'),
    where: 'before',
    source: "Decisions restating an agreement's parts: \"SKR tilldelades X\".",
    varies: 'SKR by abbreviation or full name; "tilldelas/tilldelades/har tilldelats", "erhåller/erhöll", "rekvirerar".',
  },
  decisionSetAside: {
    role: 'total',
    pattern: new RegExp(String.raw`\b${SET_ASIDE}(?:\s+regeringen)?\b[^.]{0,10}$`, 'i'),
    where: 'before',
    source: 'Decisions restating the whole frame: "För ändamålet avsatte regeringen X".',
    varies: 'Active or passive, present or past: "avsätter", "avsatte", "har avsatt", "avsätts", "avsattes", "har avsatts"; a few words may stand between verb and amount ("avsatt totalt"), and the subject after the verb when an adverbial opens the sentence ("För ändamålet avsatte regeringen X").',
  },
  decisionInTotal: {
    role: 'total',
    pattern: new RegExp(String.raw`\b${IN_TOTAL}\s*$`, 'i'),
    where: 'before',
    source: 'Decisions and agreements giving the whole: "Överenskommelsen omfattar totalt X".',
    varies: '"omfattar/omfattade totalt", "uppgår till totalt", "uppgår totalt till".',
  },
  decisionFirst: {
    role: 'first',
    pattern: /\bi\s+samband\s+med\s+(?:regeringens\s+)?beslut(?:et)?\s+om\s+överenskommelsen\b/i,
    then: { pattern: new RegExp(String.raw`^[^.]*\b${PAID_OUT}\s*$`, 'i'), after: 'last' },
    where: 'before',
    source: 'Later payout decisions recall the first payout: "I samband med regeringens beslut om överenskommelsen utbetalades X".',
    varies: '"regeringens beslut" or "beslutet"; any past form of paying out (see PAID_OUT).',
  },
  decisionEarlier: {
    role: 'earlier',
    pattern: new RegExp(String.raw`\b${PAID_OUT}\s*$`, 'i'),
    where: 'before',
    source: 'Payouts made since the agreement: "I augusti utbetalades X".',
    varies: '"utbetalades", "har utbetalats", "betalades ut", "har betalats ut", "betalade regeringen ut".',
  },

  // Agreement frames: how an agreement's text splits its money.
  frameInTotal: {
    role: 'total',
    pattern: new RegExp(IN_TOTAL, 'i'),
    where: 'before',
    source: 'Agreements: "Överenskommelsen omfattar totalt X, varav …".',
    varies: 'As decisionInTotal, anywhere before the amount in its clause.',
  },
  frameOfThese: {
    role: 'part of the last amount',
    pattern: /^\s*Av\s+(?:dessa|detta\s+belopp)\b/i,
    where: 'clause',
    source: 'Agreements: "Av dessa är B … varav C …" opens the parts of the amount just named.',
    varies: '"Av dessa", "Av detta belopp" at the start of the clause.',
  },
  frameOthers: {
    role: 'the rest of a group',
    pattern: /^\s*(?:Övriga|De\s+övriga)\s+(?:medel|medlen)\b/i,
    where: 'clause',
    source: 'Agreements: "Övriga medel, E, fördelas …" closes a group opened by frameOfThese.',
    varies: '"Övriga medel", "De övriga medlen".',
  },
  frameOf: {
    role: 'parts follow',
    pattern: /\b(?:varav|därav)\b/,
    where: 'clause',
    source: 'Agreements and decisions: "X, varav A …": amounts after it are parts of the one before.',
    varies: '"varav", "därav" (lower case inside a sentence).',
  },
  frameEachPart: {
    role: 'n equal parts',
    pattern: /\b(?:sådan|varje)\s+del\b/i,
    then: { pattern: /^.*\bvardera\b/i, after: 'first', perLine: true },
    where: 'clause',
    source: 'Agreements after a bulleted list of areas: "Varje sådan del omfattar X vardera".',
    varies: '"varje (sådan) del … vardera", with "vardera" anywhere later on the line.',
  },
  frameEachOf: {
    role: 'n equal parts',
    pattern: /\bvar\s+och\s+en\s+av\s+(?:dessa\s+)?(?:delar|områden)\b/i,
    where: 'clause',
    source: 'Agreements after a bulleted list of areas: "Var och en av dessa delar omfattar X".',
    varies: '"var och en av (dessa) delar/områden".',
  },
  frameOrdinal: {
    role: 'the n-th payout',
    pattern: /\b(första|andra|tredje|fjärde|sista)\s+utbetalning/i,
    where: 'clause',
    source: 'Agreements paying in rounds: "Den första utbetalningen, X, …".',
    varies: 'Ordinal first to fourth or "sista"; "utbetalningen", "utbetalningstillfället".',
  },
  frameOther: {
    role: 'an unnamed rest',
    pattern: /övriga/i,
    where: 'before',
    source: 'Agreements: "övriga X" names the rest of an amount.',
    varies: 'Any form of "övrig".',
  },
  frameDistributed: {
    role: 'a key follows',
    pattern: /fördela(?:s|r|des|ts)/i,
    where: 'before',
    source: 'Agreements: "Av dessa fördelas X utifrån …": the key may stand before the amount.',
    varies: '"fördelas", "fördelar", "fördelades", "har fördelats".',
  },

  // Allocation keys: the words after an amount that say how it is shared.
  keyPopulationYoung: {
    role: 'befolkning_0_18',
    // \b: a word starts here, so a run of letters is read from one place only, not from each.
    pattern: /\b(invånarantal|befolkning\w*|invånare)\s*0\s*[–-]\s*18/,
    where: 'after',
    source: 'Agreements on child and youth psychiatry: "utifrån invånarantal 0–18 år".',
    varies: '"invånarantal", "befolkning(en)", "invånare" with "0–18" or "0-18".',
  },
  keyPopulation: {
    role: 'befolkning',
    pattern: /(utifrån|efter|baserat på)\s+(befolknings(storlek|mängd)|befolkning|invånarantal|antal invånare)/,
    where: 'after',
    source: 'Agreements: "fördelas utifrån befolkningsstorlek".',
    varies: '"utifrån", "efter", "baserat på" with "befolkningsstorlek", "befolkningsmängd", "befolkning", "invånarantal", "antal invånare".',
  },
  keyPerformance: {
    role: 'prestation',
    pattern: /(efter|utifrån|baserat på)\s+(uppnådda\s+)?(prestationskrav|uppfyllnadsgrad|prestation)/,
    where: 'after',
    source: 'Agreements with performance payments: "efter uppnådda prestationskrav".',
    varies: '"efter", "utifrån", "baserat på" with "(uppnådda) prestationskrav", "uppfyllnadsgrad", "prestation".',
  },
} as const satisfies Record<string, Phrase>;

export type PhraseId = keyof typeof PHRASES;

/**
 * The words a total row's label starts with ("Totalt", "Summa", "Riket", "Samtliga regioner").
 * Source: tables of every kind of document; region tables name the whole country ("Riket",
 * "Sverige", "Hela landet"). Compared in lower case, without a trailing colon or asterisk.
 * The region registry (src/regions/total.ts) has the full list of total rows' labels.
 */
export const TOTAL_LABEL_WORDS: ReadonlySet<string> = new Set(['totalt', 'total', 'summa', 'riket', 'sverige', 'samtliga', 'hela']);

/** True when the phrase occurs in the text (for `before` phrases: ends it). */
export function says(id: PhraseId, text: string): boolean {
  const phrase: Phrase = PHRASES[id];
  if (!phrase.then) return phrase.pattern.test(text);
  const { pattern: then, after, perLine } = phrase.then;
  const lead = globalOf(phrase.pattern);
  return (perLine ? text.split(/\r\n?|[\n\u2028\u2029]/) : [text]).some((part) => {
    let end = -1;
    for (const m of part.matchAll(lead)) {
      end = m.index + m[0].length;
      if (after === 'first') break;
    }
    return end >= 0 && then.test(part.slice(end));
  });
}

// The lead patterns of two-step phrases, global for matchAll; built once, when the module loads.
const GLOBAL = new Map<RegExp, RegExp>(
  Object.values(PHRASES as Record<string, Phrase>)
    .filter((p) => p.then !== undefined)
    .map((p) => [p.pattern, new RegExp(p.pattern.source, `${p.pattern.flags.replace('g', '')}g`)]),
);

function globalOf(re: RegExp): RegExp {
  return GLOBAL.get(re)!;
}
