/**
 * Words by which a sentence pays out or distributes money by a table: the mark of a
 * sentence that states a table's total, or of two amounts that play the same role.
 *
 * Source: payout decisions and press releases ("Regeringen betalar ut X kronor till
 * regionerna enligt bilaga", "Medlen fördelas i enlighet med tabell 1"). Varies by tense and
 * voice ("betalar ut / betalas ut / betalades ut / utbetalas / utbetalades / har utbetalats",
 * "fördelar / fördelas / fördelades / har fördelats", "tilldelas / tilldelades") and by how
 * the table is named ("enligt bilaga", "i enlighet med tabell"); the perfect too ("har betalat ut",
 * "har delat ut", "har betalats ut"). News pages share money out
 * ("kommunerna får dela på 70 miljoner", "delar ut", "beviljade") as often. A few words may part a
 * particle verb from its particle ("betalas nu ut", "delar länsstyrelsen ut", "betalas 70 miljoner
 * kronor ut"), a negation not ("betalas inte ut"). See phrases.ts for the
 * statements of decisions and agreements.
 */
export const LINK =
  /\b(?:(?:betala(?:r|s|de|des|t|ts)?|dela(?:r|s|de|des|t|ts)?)(?! (?:inte|ej|aldrig)\b)(?: [\p{Ll}\d][\p{Ll}\d,]*){1,4} ut\b|betala(?:r|s|t|ts)? ut|betalades ut|utbetala(?:s|r|des|ts)?|fördela(?:s|r|des|ts)?|fördelning(?:en)? av|tilldela(?:s|r|des|ts)?|dela(?:r|s|de|des|t|ts)? (?:på|ut)|bevilja(?:r|s|des|ts|t|de)?|avsätt(?:a|er|s)|avsatt(?:e|es|s)|i enlighet med (?:bilaga|tabell)|enligt (?:bilaga|tabell))/iu;

/** The money verbs, each in its tenses and voices, with the name a message gives it. */
const VERBS: [RegExp, string][] = [
  [/\b(?:betala(?:r|s|t|ts)? ut|betalades ut|utbetala(?:s|r|des|ts)?|utbetalning)\b/i, 'betala ut'],
  [/\b(?:fördela(?:s|r|des|ts)?|fördelning)\b/i, 'fördela'],
  [/\b(?:tilldela(?:s|r|des|ts)?)\b/i, 'tilldela'],
  [/\b(?:avsätt(?:a|er|s)|avsatt(?:e|s)?|avsätts)\b/i, 'avsätta'],
  [/\b(?:omfatta(?:r|s)?|uppgå(?:r)?)\b/i, 'omfatta'],
];

/** The kind of statement a sentence makes about money, or null. */
export function verbOf(sentence: string): string | null {
  for (const [re, verb] of VERBS) if (re.test(sentence)) return verb;
  return null;
}

/**
 * Words by which a sentence splits its amount into a counted number of parts, the count and the
 * parts' noun right after: "fördelas mellan två block", "delas upp i tre delar", "består av fyra
 * områden", "är uppdelad på två potter". Source: agreements and grant releases that then tell
 * each part by its number ("Block 1 på …", "Del 2 omfattar …").
 */
export const SPLIT_INTO =
  /(?<![\p{L}])(?:fördela(?:s|des|ts)? (?:mellan|på|i)|dela(?:s|des|ts)? upp (?:i|på)|(?:är|har) (?:uppdelad|uppdelat|delats upp) (?:i|på)|består av)(?![\p{L}])/iu;
