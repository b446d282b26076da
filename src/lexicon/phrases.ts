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

  // The payout ledger across documents (corpus/ledger.ts): agreement pages, press releases and
  // decisions state the frame and the payouts in other words than a decision's own statements.
  ledgerSetAsideAfter: {
    role: 'total',
    pattern: new RegExp(String.raw`^\s*(?:kronor\s+)?(?:som\s+)?(?:har\s+|hade\s+)?(?:regeringen\s+)?${SET_ASIDE}\b`, 'i'),
    where: 'after',
    source: 'Press releases and agreement pages naming the frame first: "2 miljarder kronor avsätts för 2025", "de 2 miljarder kronor som har avsatts".',
    varies: 'Any form of avsätta after the amount: "avsätts", "avsattes", "har avsatts", "som regeringen avsatt".',
  },
  ledgerTotal: {
    role: 'total',
    pattern: /\b(?:totalt|sammanlagt|(?:en\s+)?ram\s+på)\s*$/i,
    where: 'before',
    source: 'Press releases: "Överenskommelsen är på totalt 2 miljarder kronor", "en ram på 2 miljarder".',
    varies: '"totalt", "sammanlagt", "(en) ram på" just before the amount.',
  },
  ledgerToRecipient: {
    role: 'not the whole frame',
    pattern: /^\s*(?:kronor\s+)?(?:tilldelas|tilldelades|går\s+till|gick\s+till|fördelas\s+till|till)\s/i,
    where: 'after',
    source: 'Agreements and decisions naming one recipient\'s part with "totalt": "Totalt 750 000 000 kronor tilldelas kommunerna via RSS" is not the frame\'s total.',
    varies: '"tilldelas/tilldelades", "går/gick till", "fördelas till", "till" right after the amount.',
  },
  ledgerPerformance: {
    role: 'performance',
    pattern: /^\s*(?:kronor\s+)?(?:är\s+|var\s+|blir\s+)?(?:prestationsbaserade?|prestationsbundna|kopplade\s+till\s+prestationskrav)\b/i,
    where: 'after',
    source: 'Agreement pages and releases giving the performance part: "varav 412 miljoner kronor är prestationsbaserade".',
    varies: '"prestationsbaserade", "prestationsbundna", "kopplade till prestationskrav", with or without "är/var/blir".',
  },
  ledgerPartOf: {
    role: 'a part of an amount just stated',
    pattern: /\bvarav(?:\s+(?:totalt|sammanlagt|cirka|drygt|knappt|ungefär|omkring))?\s*$/i,
    where: 'before',
    source: 'Releases and decisions splitting an amount in the same sentence: "omfattar totalt X kronor, varav Y kronor fördelas till kommuner och regioner", "betalades X ut, varav Y till regionerna".',
    varies: '"varav" just before the amount, alone or with an adverb of size ("varav drygt", "varav totalt"). The part describes the amount before it (a frame or a payout) and is never a payout of its own.',
  },
  ledgerSkrAfter: {
    role: 'skr',
    pattern: /^\s*(?:kronor\s+)?(?:går\s+|gick\s+|avsätts\s+|avsattes\s+|tilldelas\s+|tilldelades\s+|har\s+tilldelats\s+)?till\s+(?:SKR|Sveriges\s+Kommuner\s+och\s+Regioner)\b/i,
    where: 'after',
    source: 'Releases and agreement pages: "varav 20 miljoner kronor går till SKR", "20 miljoner kronor tilldelas Sveriges Kommuner och Regioner".',
    varies: 'SKR by abbreviation or full name; "går/gick till", "avsätts till", "tilldelas/tilldelades till", or bare "till SKR".',
  },
  ledgerRemaining: {
    role: 'remaining',
    // No \b before "å": without the u flag it is not a word character.
    pattern: new RegExp(String.raw`(?<![A-Za-zÅÄÖåäö])${LEFT}(?:\s+(?:medel|medlen|belopp|beloppet),?)?\s*$`, 'i'),
    where: 'before',
    source: 'Releases and decisions paying the rest: "Nu betalas resterande 1 268 000 000 kronor ut", "de återstående 1 268 miljoner", "kvarvarande medel, X".',
    varies: '"resterande", "återstående", "kvarvarande", alone or with "medel/medlen/belopp", just before the amount.',
  },
  ledgerPaidAfter: {
    role: 'payout',
    pattern: /^\s*(?:kronor\s+)?(?:till\s+regionerna\s+)?(?:har\s+|hade\s+)?(?:nu\s+)?(?:utbetalats|utbetalades|utbetalas|betalades\s+ut|betalats\s+ut|betalas\s+ut|fördelats|fördelades|fördelas|tilldelats|tilldelades)\b/i,
    where: 'after',
    source: 'Press releases naming the amount first: "412 000 000 kronor har fördelats utifrån uppfyllda prestationskrav", "300 miljoner kronor betalades ut i mars".',
    varies: 'Past, supine and present, active or passive: "betalades ut", "har betalats ut", "betalas ut", "utbetalades", "fördelas", "har fördelats", "tilldelades".',
  },
  ledgerPaidBefore: {
    role: 'payout',
    pattern: new RegExp(String.raw`\b(?:${PAID_OUT}|${PAY_OUT_NOW}|betala[rs]\s+(?:nu|i\s+dag|därmed)\s+ut|fördelades|fördelats|(?:regionerna|landstingen)\s+(?:har\s+)?${ALLOT})\s*$`, 'i'),
    where: 'before',
    source: 'Releases and decisions naming the verb first: "I mars betalades ut 300 miljoner kronor", "Regeringen betalar nu ut", "Regionerna tilldelades 412 miljoner".',
    varies: 'Any tense of paying out (PAID_OUT, PAY_OUT_NOW), "fördelades/har fördelats", "regionerna tilldelas/tilldelades/erhöll".',
  },
  ledgerPaidSplitVerb: {
    role: 'payout',
    pattern: /\b(?:betalades|betalats|betalas|betalar|betalade|betalat)\s*$/i,
    where: 'before',
    source: 'Releases splitting the particle verb around the amount: "I mars betalades 300 miljoner kronor ut", "Nu betalas 1 268 000 000 kronor ut".',
    varies: 'Any tense of "betala" just before the amount; a payout only with ledgerPaidSplitUt after it.',
  },
  ledgerPaidSplitUt: {
    role: 'payout',
    pattern: /^\s*(?:kronor\s+)?ut\b/i,
    where: 'after',
    source: 'The particle of a split "betala … ut" right after the amount.',
    varies: '"ut", after "kronor" or directly after the amount.',
  },
  ledgerPaysRemainder: {
    role: 'a remainder paid out',
    pattern: /\b(?:betalas|betalar|betala|betalat|utbetalas|betalades|utbetalades|betalats|utbetalats)\b/i,
    where: 'clause',
    source: 'Releases and decisions paying what is left: "Nu betalas resterande 1 268 000 000 kronor ut", "De återstående medlen, X, utbetalas i december".',
    varies: 'Any tense of "betala (ut)" or "utbetala"; without it "Resterande medel, X, ska fördelas" is what is left to pay, not a payout.',
  },
  ledgerFuture: {
    role: 'a payout still to come',
    pattern: /\b(?:ska|skall|kommer\s+att|planeras|avses)\b/i,
    where: 'clause',
    source: 'Decisions and releases announcing a later payout: "Resterande medel ska betalas ut efter redovisning".',
    varies: '"ska", "skall", "kommer att", "planeras", "avses".',
  },
  ledgerPresent: {
    role: 'a payout made now',
    pattern: /\b(?:betalas|betalar|betala|utbetalas|utbetala|fördelas|tilldelas)\b|\bi\s+dag\b/i,
    where: 'clause',
    source: 'A release or decision announcing its own payout: "Nu betalas resterande … ut", "Regeringen betalar i dag ut …", "i uppdrag att betala ut X"; past forms restate earlier payouts.',
    varies: 'Present passive or active, or infinitive, of betala/utbetala/fördela/tilldela, or "i dag".',
  },
  ledgerMonth: {
    role: 'when a payout was made',
    pattern: /\bi\s+(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b/i,
    where: 'clause',
    source: 'Releases dating earlier payouts: "betalades ut i februari", "I mars betalades 300 miljoner kronor ut".',
    varies: 'Any month after "i".',
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
  totalOfSentenceBefore: {
    role: 'total',
    pattern:
      /^\s*(?:(?:totalt|sammanlagt|sammantaget|tillsammans|allt som allt)(?:\s+sett)?,?\s+(?:\p{L}+\s+)?(?:det|detta|därmed|dessa|de)|(?:det|detta|summan|beloppet)\s+(?:blir|blev|gör|gjorde|är|var|uppgår till)\s+(?:alltså\s+)?(?:totalt|sammanlagt|sammantaget|tillsammans))(?![\p{L}])/iu,
    where: 'clause',
    source:
      'News and releases that name the parts in one sentence and sum them in the next: "… 59,3 mnkr av nämnden och ytterligare 5,4 mnkr på delegation. Totalt sett beviljades därmed 64,7 mnkr.", "2026 blir det …, 2027 … Sammanlagt blir det …".',
    varies:
      'A total word ("totalt", "sammanlagt", "sammantaget", "tillsammans", "allt som allt", with "sett") and, at most a verb later, a word pointing back ("det", "detta", "därmed", "dessa", "de"); or "Det/Summan blir/är … totalt". The sentence must open with it: "Totalt fördelar regeringen …" points back at nothing.',
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
export const TOTAL_LABEL_WORDS: ReadonlySet<string> = new Set(['totalt', 'total', 'summa', 'sammanlagt', 'riket', 'sverige', 'samtliga', 'hela']);

/**
 * A column header that says it totals the other columns: a total word alone or with a unit, a
 * count's or an amount's word or a year ("Totalt", "Summa (kr)", "Totalt antal", "Totalt 2023"),
 * matched against the header lower-cased with everything but letters, digits and spaces turned to
 * spaces. A total word followed by a noun ("Summa tillgångar", "Totala intäkter") names a sum of
 * its own, which may be of other rows of another statement.
 */
export const TOTAL_OF_COLUMNS = /^(?:totalt|total|summa|sammanlagt|totalbelopp)(?:\s(?:antal|belopp|kronor|kr|tkr|mkr|mnkr|msek|tsek|sek|miljoner|miljarder|tusen|i|st|personer|\d{4}))*$/u;

/**
 * A column header that names a part of another column ("Därav finansiell leasing", "varav
 * kvinnor", "– därav EU-medel"): a breakdown, never an addend of the row's total. Source: notes
 * of annual reports (fixed assets with "Därav finansiell leasing" beside the book values) and
 * statistics tables ("Sökande", "varav kvinnor"). Matched against the header's own title.
 */
export const PART_OF_COLUMN = /^\s*(?:[-−–•*]\s*)?(?:varav|därav)\b/iu;

/**
 * A section heading in a table of areas that names the kind of area the rows under it are
 * ("Län", "Kommuner", "Produktionsområde", "Riksområden", "Landsdelar", "Stift"): one word, a
 * kind of area alone or compounded ("Produktions|område"). Source: regional statistics (the
 * Board of Agriculture's statistical reports, Statistics Sweden's county tables) that list the
 * counties and then other divisions under such headings, each a row of empty cells.
 */
export const AREA_KIND_HEADING = /^\p{L}*(?:län|regioner|region|kommuner|kommun|landsting|områden|område|landsdelar|landsdel|stift)$/iu;

/**
 * The words a sentence that sums the parts before it opens with ("Totalt blir detta …",
 * "Sammanlagt får kommunerna …"): a copy that breaks such a word over a paragraph ("Total" /
 * "t blir detta 643 055 441 kronor.") is read with the word joined again. Source: blogs and news
 * pages copied from a web page whose line breaks became paragraphs. Lower case.
 */
export const SUMMING_WORDS: ReadonlySet<string> = new Set(['totalt', 'sammanlagt', 'sammantaget', 'tillsammans', 'sammanräknat', 'summa', 'summan', 'totalsumman', 'totalbeloppet']);

/**
 * A property company's or a housing company's interim result line: the rent income less the
 * running costs of the properties ("Driftnetto", "Driftöverskott", "Driftsnetto"), printed
 * between the running costs and the depreciation, interest and other costs below it. Source:
 * income statements of municipal housing companies and property companies. Matched against a
 * word of the label lower-cased.
 */
export const OPERATING_NET_WORD = /^drifts?(?:netto|överskott)$/u;

/**
 * The closing lines of a cash flow statement (kassaflödesanalys, betalningsflödesanalys), matched
 * against a row's label lower-cased with everything but letters and spaces turned to spaces:
 * the funds before changes in working capital ("Medel från verksamheten före förändring av
 * rörelsekapital", "Kassaflöde från verksamheten före förändringar i rörelsekapital"), a section's
 * flow ("Kassaflöde från den löpande verksamheten", "… från investeringsverksamheten", "Medel från
 * investeringsverksamheten"), and the
 * whole ("Årets kassaflöde", "Periodens kassaflöde", "Förändring av likvida medel").
 */
export const CASH_FLOW_LINES = {
  beforeWorkingCapital: /^(?:medel|kassaflöde)\s+från\s+(?:den\s+löpande\s+)?verksamheten\s+före\s+(?:förändring(?:ar)?\s+(?:av|i)|förändrat)\s+rörelsekapital(?:et)?$/u,
  // The working capital's own flow ("Kassaflöde från förändringar i rörelsekapital"): the changes since the funds line.
  workingCapital: /^kassaflöde\s+från\s+förändring(?:ar)?\s+(?:av|i)\s+rörelsekapital(?:et)?$/u,
  // Older municipal statements name a section's flow by its funds ("Medel från investeringsverksamheten").
  section: /^(?:kassaflöde|medel)\s+från\s+(?:(?:den\s+)?löpande\s+verksamheten|investeringsverksamheten|finansieringsverksamheten)$/u,
  // A running flow after the operating and investing sections ("Kassaflöde efter investeringar").
  afterInvesting: /^kassaflöde\s+efter\s+investering(?:ar|sverksamheten)$/u,
  whole: /^(?:(?:årets|periodens|totalt?|summa)\s+kassaflöde|förändring\s+av\s+likvida\s+medel)$/u,
} as const;

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

/**
 * A rate per so many inhabitants, as statistics pages name the second figure of a "count/rate"
 * cell ("Antal fall per 100 000 invånare", "per 10 000 inv.", "per 1000 invånare"). Source:
 * notifiable-disease and health statistics by county and region.
 */
export const PER_POPULATION = /\bper\s(?:1\s?000|10\s?000|100\s?000)\s(?:invånare|inv\b)/iu;

/**
 * The title of a column of letter codes before the names (election results: "Förk." over "M",
 * "KD", "ÖVR" beside "Parti" over the parties' names). An abbreviation's full stop ends no sentence.
 */
export const LETTER_CODE_TITLE = /^(?:förk\.?|förkortning|partibeteckning|beteckning)$/i;

/** A count printed only as a bound ("<5": fewer than five, not given); the bound is group 1. */
export const BELOW_BOUND = /^<\s?([1-9]\d{0,2})$/;

/**
 * A link's words closing a web page's paragraph, a sentence of their own: "Läs mer!", "Läs mer
 * här.", "Läs mer om statistiken", "Mer information", "Ladda ner tabellen". The sentence before
 * it is the paragraph's last that says anything (a unit statement above a table, as statistics
 * pages print one: "Uppgifterna redovisas i tusental kronor. Läs mer!").
 */
export const LINK_SENTENCE = /^(?:läs\smer(?:\s(?:här|om\s[\p{L} -]{1,40}))?|mer\sinformation(?:\s(?:här|om\s[\p{L} -]{1,40}))?|ladda\sner(?:\s[\p{L} -]{1,40})?)\s?[.!]?$/iu;

/**
 * The words that make the last part of a split the rest of the whole, right before its amount
 * ("… och resterande 300 miljoner", "medan övriga 40 mnkr går till …", "resten, 12 miljoner,"):
 * a split so ended names all of the whole. Up to two words may stand between ("återstående
 * drygt 5", "övriga medel om 40"), no "och" or "till": across those the word belongs to an earlier
 * part's recipient ("200 000 kr till övriga kommuner och 50 000 kr till …").
 */
export const REMAINDER_BEFORE_AMOUNT = /(?<![\p{L}\d_])(?:resterande|resten|återstående|övriga|övrigt|kvarvarande)(?:\s+(?!(?:och|samt|respektive|till|för)(?![\p{L}]))\p{L}+){0,2}[\s,:]*$/iu;
