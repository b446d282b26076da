import { normalizeLabel } from './normalize.js';

/** Labels that name a sum over the rows above: the whole country or all regions. */
const TOTALS = new Set([
  'summa',
  'summa totalt',
  'totalsumma',
  'total summa',
  'totalt',
  'total',
  'totalbelopp',
  'totalt belopp',
  'summa belopp',
  'riket',
  'hela riket',
  'hela landet',
  'totalt hela landet',
  'riket totalt',
  'totalt riket',
  'totalt för riket',
  'summa riket',
  'sverige',
  'hela sverige',
  'sverige totalt',
  'totalt sverige',
  'samtliga regioner',
  'alla regioner',
  'summa regioner',
  'regioner totalt',
  'totalt regioner',
  'totalt samtliga regioner',
  'samtliga',
  'summa samtliga',
  'samtliga län',
  'alla län',
  'totalt alla regioner',
  // A county's municipalities closed by the county's sum ("Hela länet", "Länet totalt").
  'hela länet',
  'länet totalt',
  'totalt länet',
  'summa länet',
  'totalt för länet',
  // "Sammanlagt" closes a list or table as "Totalt" does ("Sammanlagt 2 000", "Summa sammanlagt").
  'sammanlagt',
  // "… och 696 miljoner till Västernorrland, dvs. tillsammans 2,2 miljarder": the closing piece of a list in one sentence.
  'tillsammans',
  'summa sammanlagt',
  'sammanlagt belopp',
]);

// A unit after the word ("Totalt (kronor)", "Summa, tkr", "Totalt kr") does not change what it is.
const UNIT_TAIL =
  /(?:,? ?\([^()]*\)|,? (?:i )?(?:kronor|kr|tkr|mnkr|mkr|mdkr|sek|miljoner kronor|tusen kronor|procent|%|antal))$/;

export function isTotalLabel(label: string): boolean {
  let key = normalizeLabel(label);
  for (let prev = ''; prev !== key; ) {
    prev = key;
    key = key.replace(UNIT_TAIL, '').replace(/(?<![\s:;.,])[\s:;.,]+$/, '');
  }
  return TOTALS.has(key);
}

// "Totala inkomster", "Totalt Sametinget", "Total kostnad för projektet", "Sammanlagt anslag",
// "Samtliga a-kassor", "Samtliga partier": a total word, then what it totals. "Inkomster totalt",
// "Kostnader sammanlagt": the word last. A list closed by a sentence reads so too ("Tillsammans
// får mottagarna 12 101 172 kronor", "Sammantaget fördelas …"), but "Tillsammans med …" is a part.
const NAMED_FIRST = /^(?:totalt|totala|total|sammanlagt|sammanlagda|sammanlagd|samtliga|sammantaget|tillsammans(?! med\s))\s+\p{L}/u;
const NAMED_LAST = [' totalt', ' sammanlagt'];
// "Totalt antal …" per region, "Total andel …", "Totalt i procent": a count or share over the rows, still a total;
// "Totalt sett", "Total omsättning per invånare", "Totalt medelvärde" are not sums over the rows above;
// "medel" alone is funds ("Totalt likvida medel", "Totala beviljade medel"), a sum.
const NOT_A_SUM = /\b(?:sett|per\s+\p{L}+|i\s+genomsnitt|genomsnitt\p{L}*|medel\p{L}+)\b/u;

/**
 * A label that names a total for what it totals ("Totala inkomster", "Totalt Sametinget",
 * "Kostnader totalt"), as opposed to the plain totals of isTotalLabel ("Summa", "Totalt",
 * "Riket"). That such a row sums the rows above it is read from its label alone, so a check
 * built on it is a reading; a mean or a figure per person is no sum.
 */
export function isNamedTotalLabel(label: string): boolean {
  const key = normalizeLabel(label);
  if (key === '' || isTotalLabel(label) || NOT_A_SUM.test(key)) return false;
  return NAMED_FIRST.test(key) || (/^\p{L}/u.test(key) && !/\d/.test(key) && NAMED_LAST.some((w) => key.endsWith(w)));
}
