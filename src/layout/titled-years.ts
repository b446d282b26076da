/**
 * A header line whose column titles each end in a year, words between them ("Bokslut 2014
 * Budget 2015 Plan 2016", "Tkr Utfall 2013 Budget 2013 Avvikelse"): two or more years, each after
 * a word, and no other figure. Read as figures, its years would look like a row's values.
 */
const YEAR = /^(?:19|20)\d{2}$/;
const MAX_TOKENS = 16;
const WORD = /^[\p{L}(][\p{L}\p{P}]*$/u;

export function isTitledYearLine(text: string): boolean {
  const toks = text.trim().split(/\s+/);
  // A sentence ("Ökningen mellan 2014 och 2015.") is no header.
  if (toks.length > MAX_TOKENS || /[.!?:;]$/.test(text.trim())) return false;
  let years = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (YEAR.test(t)) {
      if (k === 0 || !WORD.test(toks[k - 1]!)) return false;
      years++;
    } else if (!WORD.test(t)) return false;
  }
  return years >= 2;
}
