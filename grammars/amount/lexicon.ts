/**
 * Word lists the amount grammar recognises. Kept apart from the token definitions so the
 * vocabulary can grow without touching the lexer; every list is matched case-insensitively.
 */
import type { Qualifier } from '../../src/model/amount.js';

/** Qualifier words as written (lower case) → the model's Qualifier. */
export const QUALIFIER_WORDS: ReadonlyMap<string, Qualifier> = new Map<string, Qualifier>([
  ['drygt', 'drygt'],
  ['knappt', 'knappt'],
  ['nära', 'nära'],
  ['närmare', 'närmare'],
  ['cirka', 'cirka'],
  ['ca', 'cirka'],
  ['ca.', 'cirka'],
  ['c:a', 'cirka'],
  // "ungefär" means the same as "cirka"; the model has no separate value for it.
  ['ungefär', 'cirka'],
  ['omkring', 'omkring'],
  ['runt', 'runt'],
  ['uppemot', 'uppemot'],
  ['över', 'över'],
  ['under', 'under'],
]);

/** Words for Swedish kronor (plain, scale 1). */
// The definite plural ("de 300 000 kronorna", "av de 40 miljonerna") names the same amount again.
export const SEK_WORDS = ['kronorna', 'kronor', 'krona', 'kr', 'sek', ':-'] as const;
/** Abbreviations that carry their own scale. */
export const SEK_THOUSAND_WORDS = ['tkr', 'ksek', 'tsek'] as const;
export const SEK_MILLION_WORDS = ['mnkr', 'mkr', 'msek'] as const;
export const SEK_BILLION_WORDS = ['mdkr', 'mdsek'] as const;

export const THOUSAND_WORDS = ['tusen'] as const;
export const MILLION_WORDS = ['miljonerna', 'miljoner', 'miljon', 'milj.'] as const;
export const BILLION_WORDS = ['miljarderna', 'miljarder', 'miljard', 'mdr'] as const;

export const PERCENT_WORDS = ['procentenheter', 'procentenhet', 'procent'] as const;

/**
 * "svenska kronor" is SEK; other national adjectives make "kronor" a foreign currency. So is money
 * called new or extra right before its currency ("189 133 953 nya kronor", "50 extra kronor"): an
 * adjective only together with "kronor".
 */
export const SWEDISH_WORDS = ['svenska', 'nya', 'extra'] as const;
export const FOREIGN_ADJECTIVES = ['danska', 'norska', 'isländska', 'tjeckiska'] as const;

/**
 * Currencies the model cannot represent. They are recognised only so that
 * "40 miljoner euro" is not mistaken for kronor; such amounts are dropped.
 */
export const FOREIGN_CURRENCY_WORDS = [
  'euro', 'euros', 'eur', 'dollar', 'dollars', 'us-dollar', 'us-dollars', 'usd', 'pund', 'gbp', 'dkk', 'nok', 'isk',
  'yen', 'yuan', 'franc', 'francs', 'chf', 'rubel', 'rubler',
] as const;

/**
 * Nouns that make "miljoner"/"miljarder" (or a number) a count rather than money:
 * "2 miljoner invånare". The list is deliberately concrete; an unknown word leaves the
 * amount in kronor, which is what government texts mean in the vast majority of cases.
 */
export const COUNT_NOUNS = [
  'invånare', 'personer', 'människor', 'patienter', 'besök', 'besökare', 'barn', 'elever',
  'studenter', 'deltagare', 'anställda', 'medarbetare', 'hushåll', 'företag', 'doser',
  'vaccindoser', 'ton', 'bostäder', 'lägenheter', 'platser', 'vårdplatser', 'sparare',
  'kunder', 'användare', 'individer', 'kvinnor', 'män', 'flickor', 'pojkar', 'ungdomar',
  'pensionärer', 'asylsökande', 'flyktingar', 'jobb', 'arbetstillfällen', 'resenärer',
  'passagerare', 'resor', 'ärenden', 'exemplar', 'träd', 'djur', 'fordon', 'bilar',
  'hektar', 'kvadratmeter', 'liter', 'kubikmeter', 'kilometer', 'timmar', 'årsarbetskrafter',
  'tittare', 'läsare', 'lärare', 'sjuksköterskor', 'läkare', 'brukare', 'mottagare',
  'sökande', 'utbildningsplatser', 'arbetslösa', 'familjer', 'kommuninvånare', 'medborgare',
] as const;
