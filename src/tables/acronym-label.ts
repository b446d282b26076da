/**
 * A row label that is one short word in capitals with hardly a vowel ("SSIF", "LRF", "SKR",
 * "KFUM"): an organisation's abbreviation, a name like any other row's, not a section sum printed
 * in capitals ("NETTO", "INTÄKTER", "HÄLSO- OCH SJUKVÅRD"), which are words.
 */
const SHORT = /^[A-ZÅÄÖ]{2,3}$/;
const FOUR = /^[A-ZÅÄÖ]{4}$/;
const VOWELS = /[AEIOUYÅÄÖ]/g;

export function isAcronymLabel(label: string): boolean {
  const t = label.trim();
  return SHORT.test(t) || (FOUR.test(t) && (t.match(VOWELS)?.length ?? 0) <= 1);
}

/**
 * A one-word label in capitals of up to five letters ("SISU", "FUB") in a list where two other
 * rows are named by an abbreviation first and go on in ordinary case ("ABF (Arbetarnas
 * bildningsförbund)", "KBV (Kulturens …)"):
 * the list names organisations by their abbreviations, so this one is a name too, whatever its
 * vowels, not a section sum.
 */
const WORD = /^[A-ZÅÄÖ]{2,5}$/;
const OPENS_WITH_ACRONYM = /^[A-ZÅÄÖ]{2,5}(?:\s|$)/;

export function isAcronymAmongNames(label: string, labels: readonly string[]): boolean {
  const t = label.trim();
  if (!WORD.test(t)) return false;
  // The others are names in ordinary case after their abbreviation: rows all in capitals ("HELA LANDET", "NORRA") are sums.
  return labels.filter((l) => l.trim() !== t && OPENS_WITH_ACRONYM.test(l.trim()) && /[a-zåäöéü]/.test(l)).length >= 2;
}
