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
