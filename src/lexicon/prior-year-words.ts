/**
 * How a sentence sets an amount beside last year's: "motsvarar 72 procent av fjolårets anslag",
 * "är 15 % mer än förra årets belopp", "drygt hälften av 2022 års nivå", "en ökning med 8
 * procent jämfört med föregående år". Source: budget news and grant pages of municipalities,
 * regions and agencies, which compare this year's money with last year's in every tense; read by
 * `text/prior-share`. Word edges are lookarounds on letters, since `\b` knows no "ö" or "å" ("ökar",
 * "än", "året innan").
 */

/**
 * Words that name the year before: "fjolårets", "förra årets", "föregående års", "i fjol",
 * "förra året", "året innan", "2022 års", "jämfört med 2022". The year, when written, is group 1.
 */
export const PRIOR_YEAR =
  /(?<![\p{L}\d])(?:fjol(?:årets|året)|i\s+fjol|förra\s+året?s?|föregående\s+år(?:s|et)?|året\s+(?:innan|före)|(?:19|20)\d{2}\s+års|(?:jämfört\s+med|mot|än)\s+(?:år\s+)?((?:19|20)\d{2}))(?![\p{L}\d])/iu;
/** The year in "2022 års", when the prior year is so named. */
export const PRIOR_YEAR_NUMBER = /(?<![\p{L}\d])((?:19|20)\d{2})\s+års(?![\p{L}\d])/u;

/** A share of the prior amount after a percent: "72 procent av", "72 % av". */
export const SHARE_OF = /^\s*av(?![\p{L}\d])/iu;
/** A change over the prior amount after a percent: "15 % mer än", "8 procent högre än". */
export const MORE_THAN = /^\s*(?:mer|högre|större|fler|över)\s+än(?![\p{L}\d])/iu;
export const LESS_THAN = /^\s*(?:mindre|lägre|färre|under)\s+än(?![\p{L}\d])/iu;
/** A change named before the percent: "en ökning med 8 procent", "höjs med 5 %", "minskar med 12 procent". */
export const INCREASE_BEFORE = /(?<![\p{L}\d])(?:ökning(?:en)?|ökar|ökade|ökat|höjning(?:en)?|höjs|höjdes|höjts|växer|växte|stiger|steg|uppräkning(?:en)?|räknas\s+upp)\s+(?:med|på)\s*$/iu;
export const DECREASE_BEFORE = /(?<![\p{L}\d])(?:minskning(?:en)?|minskar|minskade|minskat|sänkning(?:en)?|sänks|sänktes|sänkts|neddragning(?:en)?|sjunker|sjönk|reduceras|reducerades)\s+(?:med|på)\s*$/iu;
/** After such a change, the comparison: "jämfört med", "mot", "från". */
export const COMPARED = /^\s*(?:jämfört\s+med|i\s+förhållande\s+till|mot|från)(?![\p{L}\d])/iu;

/**
 * Fractions written in words, with the share they name: "hälften av", "en tredjedel av",
 * "dubbelt så mycket som". Group 1 is the qualifier, if any; group 2 the fraction.
 */
export const FRACTION =
  /(?<![\p{L}\d])(?:(drygt|knappt|nära|närmare|cirka|ca|ungefär|omkring|runt|uppemot|en\s+dryg|en\s+knapp)\s+)?(hälften|halva|en\s+tredjedel|två\s+tredjedelar|en\s+fjärdedel|tre\s+fjärdedelar|en\s+femtedel|dubbelt\s+så\s+(?:mycket|stort|stor|många)|tre\s+gånger\s+så\s+(?:mycket|stort|stor|många))\s+(?:av|som)(?![\p{L}\d])/iu;
export const FRACTION_SHARE: readonly [RegExp, string][] = [
  [/^(?:hälften|halva)$/i, '0.5'],
  [/^en\s+tredjedel$/i, '0.3333333333'],
  [/^två\s+tredjedelar$/i, '0.6666666667'],
  [/^en\s+fjärdedel$/i, '0.25'],
  [/^tre\s+fjärdedelar$/i, '0.75'],
  [/^en\s+femtedel$/i, '0.2'],
  [/^dubbelt/i, '2'],
  [/^tre\s+gånger/i, '3'],
];

/**
 * What a qualifier allows, as a range of the stated share (the meanings `claim/approximate`
 * documents): drygt 100–110 %, knappt 95–100 %, nära/närmare/uppemot 90–100 %, cirka and the like
 * 95–105 %. A fraction in words with none is read as cirka: "hälften" is seldom meant to the krona.
 */
export const QUALIFIER_RANGE: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['drygt', ['1', '1.1']],
  ['en dryg', ['1', '1.1']],
  ['knappt', ['0.95', '1']],
  ['en knapp', ['0.95', '1']],
  ['nära', ['0.9', '1']],
  ['närmare', ['0.9', '1']],
  ['uppemot', ['0.9', '1']],
  ['cirka', ['0.95', '1.05']],
  ['ca', ['0.95', '1.05']],
  ['ungefär', ['0.95', '1.05']],
  ['omkring', ['0.95', '1.05']],
  ['runt', ['0.95', '1.05']],
]);
