import type { Unit } from '../model/amount.js';
import { TOTAL_OF_COLUMNS } from '../lexicon/phrases.js';
import { unglueSmallUnit } from '../layout/glued-small-unit.js';
import { VOTES_TITLE } from './election-units.js';
import { BILLIONS_SHORT, EURO_WORD as EUROS, KRONOR_WORD as KRONOR, MILLIONS_SHORT } from '../lexicon/short-scale-units.js';

/** A unit and the multiplier it puts on written numbers. */
export interface UnitScale {
  unit: Unit;
  scale: number;
}

/**
 * Unit phrases in captions and headers: "Miljoner kronor", "(tkr)", "belopp angivna i tkr",
 * "(kronor)". Amounts in the same text ("Fördelning av 3 000 000 000 kronor") must be removed
 * before calling this: a unit after a number belongs to that number, not to the table.
 * The scale and currency words may run together ("miljonerkronor").
 */
const MONEY: [RegExp, number][] = [
  [new RegExp(String.raw`\b(miljarder|miljard)\s*(kronor|kr)\b|\bmdkr\b|\bmiljarder\b|${BILLIONS_SHORT}${KRONOR}`, 'i'), 1e9],
  [new RegExp(String.raw`\b(miljoner|miljon)\s*(kronor|kr)\b|\bmnkr\b|\bmkr\b|\bmsek\b|\(\s*miljoner\s*\)|^\s*miljoner\s*$|${MILLIONS_SHORT}${KRONOR}`, 'i'), 1e6],
  [/\btkr\b|\bkkr\b|\btusen(?:tal|tals)?\s+(?:kronor|kr)\b|\bksek\b|\btsek\b|\(\s*tusental\s*\)|(?<!\d[\s\u00a0]?)\b1[\s\u00a0]?000(?:-tal)?\s(?:kronor|kr)\b/i, 1e3],
  [/\bkronor\b|\(\s*kr\s*\)|\bkr\b|\bsek\b/i, 1],
];

const EURO: [RegExp, number][] = [
  [new RegExp(String.raw`\bmd€|\bmiljarder\s+euro\b|\bmdeur\b|${BILLIONS_SHORT}${EUROS}`, 'i'), 1e9],
  [new RegExp(String.raw`\bmn€|\bm€|\bmiljoner\s+euro\b|\bmeur\b|\bmeuro\b|${MILLIONS_SHORT}${EUROS}`, 'i'), 1e6],
  [/\bt\s?€|\bk€|\bk\s?eur\b|\btusen\s+euro\b|\bteur\b|(?<!\d[\s\u00a0]?)\b1[\s\u00a0]?000(?:-tal)?\s?(?:€|euro\b)/i, 1e3],
  [/€|\beuro\b|\beur\b/i, 1],
];

/** Thousands written as a number ("1000 €", "1000-tal kronor", "1 000 kr"), not after another number. */
const WRITTEN_THOUSAND = /(?<!\d[\s\u00a0]?)\b1[\s\u00a0]?000(?:-tal)?\s?(€|euro\b|kronor\b|kr\b)/i;

/** A caption's "1000 €": the amount grammar would read it as an amount and cut it out before the unit is looked for. */
export function writtenThousand(text: string): UnitScale | null {
  const m = WRITTEN_THOUSAND.exec(text);
  if (!m) return null;
  return { unit: /€|euro/i.test(m[1]!) ? 'EUR' : 'SEK', scale: 1e3 };
}

/** Letters every pattern of MONEY and EURO needs: most texts asked (labels, cells) have none, and skip the twelve scans. */
const MAYBE_MONEY = /kr|sek|milj|tusen|€|eur/i;

/**
 * A page's title and the unit beside it copied without a space ("BalansräkningTKR",
 * "ResultaträkningMnkr"): a capital right after a small letter starts a word of its own.
 */
const GLUED_WORD = /(?<=\p{Ll})(?=\p{Lu})/gu;

export function moneyUnit(text: string): UnitScale | null {
  if (!MAYBE_MONEY.test(text)) return null;
  const t = unglueSmallUnit(text.replace(GLUED_WORD, ' '));
  // Euro first: "mn€" must not fall through to a kronor pattern.
  for (const [re, scale] of EURO) if (re.test(t)) return { unit: 'EUR', scale };
  for (const [re, scale] of MONEY) if (re.test(t)) return { unit: 'SEK', scale };
  return null;
}

/**
 * "Andel", also as the end of a compound ("Kvinnoandel", "Marknadsandel"), but not the words that
 * merely end in its letters: "Handel", "Detaljhandel", "Mandel".
 */
export const SHARE_WORD = /(?<![hm])andel/i;

/** A column's own unit from its header path; null means "as the table says". */
/** Thousands of what the column counts ("Antal, tusental", "Folkmängd (1000-tal)"), no money word beside. */
const COUNT_THOUSANDS = /\btusental\b|\btusentals\b|\b1[\s\u00a0]?000-tal\b/;
const MONEY_WORD = /kr\b|kronor|sek\b|€|euro/;

const PER_DIVISOR = /\bper\s+(?:\d[\d\s\u00a0]*)?(?:invånare|personer|person|capita|inv\.?)(?![\p{L}])/gu;

/** A title that is only the people a column counts, maybe with its year: "Anställda", "Elever 2023", "Deltagare". */
const PERSONS_TITLE = /^(?:anställda|medarbetare|elever|deltagare|brukare|patienter|studenter|sökande)(?:\s+(?:19|20)\d{2})?$/;

export function columnUnit(header: string): UnitScale | null {
  const lower = header.toLowerCase();
  // What follows "per" divides ("Nettokostnad per invånare", "Antal per 1 000 invånare"): never the column's own unit.
  const h = lower.replace(PER_DIVISOR, ' ');
  if (SHARE_WORD.test(h) || /procent|%/.test(h)) return { unit: 'percent', scale: 1 };
  // A count in thousands is persons or things, never money: "(tusental)" alone after "Antal" is no "tusental kronor".
  const persons = /befolkning|invånare|folkmängd|invånarantal|antal personer|personer/.test(h);
  if ((persons || /^antal|\bantal\b/.test(h)) && COUNT_THOUSANDS.test(h) && !MONEY_WORD.test(h)) return { unit: persons ? 'persons' : 'count', scale: 1e3 };
  const money = moneyUnit(header);
  if (money) return money;
  if (/befolkning|invånare|folkmängd|invånarantal|antal personer|personer/.test(h) || PERSONS_TITLE.test(h.trim())) return { unit: 'persons', scale: 1 };
  if (/^antal|\bantal\b/.test(h)) return { unit: 'count', scale: 1 };
  // Seats won in an election ("Mandat", "Mandat 2022", "Fasta mandat"): a count, never money.
  if (/\bmandat\b/.test(h)) return { unit: 'count', scale: 1 };
  // Votes cast ("Röster", "Antal röster 2022", "Giltiga röster"): a count, never money (election-units.ts).
  if (VOTES_TITLE.test(h)) return { unit: 'count', scale: 1 };
  // A place in a ranking ("Ranking", "Rangordning", "Placering 2023"): an ordinal, never money, whatever the table's unit.
  if (/^(?:ranking|rankning|rang|rangordning|placering)(?:\s|$)/.test(h.trim())) return { unit: 'count', scale: 1 };
  return null;
}

/** A column header that names the row's total ('Totalt', 'Summa', 'Totalt (kronor)'). */
export const TOTAL_HEADER = /^(totalt|total|summa|sammanlagt|totalbelopp)\b/i;

/**
 * Whether a total column's header names a sum of its own ("Summa tillgångar" beside "Omsättning"
 * and "Eget kapital") rather than the total of the columns beside it ("Totalt", "Summa kr").
 */
export function namesOwnSum(header: string): boolean {
  const key = header.toLowerCase().replace(/[^\p{L}\d\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  return TOTAL_HEADER.test(key) && !TOTAL_OF_COLUMNS.test(key);
}

/**
 * Words that make an unlabelled value column money when the table names no unit. "Medel" is
 * funds, but as the first part of an average ("medelfel", "medelfolkmängd", a word wrapped
 * after "medel-") it names no money.
 */
// "Mandatfördelning", "Röstfördelning", "Platsfördelning": a distribution of seats or votes, no money (election-units.ts).
export const MONEY_HINT = /kronor|\bkr\b|medel(?![-‐]|\s?fel|värde|tal\b|ålder|folk|livslängd)|belopp|bidrag|ersättning|(?<!mandat|röst|plats)fördelning|utbetalning|tilldelning|stöd/i;

/**
 * A title or unit line that makes every figure of the table a quotient: an amount per head
 * ("kronor per invånare", "SEK per inhabitant", "kr/inv", "per 1 000 invånare", "per elev") or
 * a mean ("genomsnitt", "medelvärde", "median"). Such figures are rounded to the digit printed,
 * whole kronor too, so a row of them sums to its total only within that rounding.
 */
export const PER_HEAD =
  /\bper\s(?:(?:1|10|100)\s?000\s)?(?:invånare|inv\b|capita|inhabitants?|elev|elever|försäkrad|försäkrade|person|personer|anställd|anställda|hushåll|barn|brukare)|\bkr\s?\/\s?inv|\/\s?inv\b|\/\s?capita\b|\bmedelvärde|\bmedeltal|\bgenomsnitt|\bmedian/i;

/**
 * Headers of rates, means and per-capita figures: a column of them never adds up to a total.
 * Densities too ("Invånare per km²", "Inv/km2", "Befolkningstäthet"): a figure per unit of area;
 * and means of any kind ("Medelålder", "Medelinkomst", "Medelvärde"), but not "Medelstora" (firms)
 * nor "Medelantal" (an average headcount, which adds up over groups as a count does); and the
 * social insurance's days per insured person ("Ohälsotal", "Sjuktal", "Sjukpenningtal"); and a
 * "kvot" (a ratio, as count-rate-pairs.ts titles the rate of a "count/rate" cell); and amounts
 * per household ("Belopp per hushåll", "Biståndsbelopp/hushåll (kr)"), printed beside the counts
 * of households they divide.
 */
export const RATE_HEADER =
  /\bper\s(?:1\s?000|100|10\s?000|100\s?000|capita|invånare|inv|försäkrad|person|elev|anställd|hushåll|km[²2]|kvadratkilometer|hektar)|\/\s?inv\b|\/\s?capita\b|\/\s?hushåll\b|\/\s?km[²2]|täthet\b|\bmedel(?!stor|antal)[a-zåäö]|\bgenomsnitt|\bsnitt\b|\bmedian|\bskattesats|\bränta\b|\bindex\b|\b(?:ohälso|sjukpennings?|sjuk)tal\b|\bkvot\b/i;
