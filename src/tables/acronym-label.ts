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
