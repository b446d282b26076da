/**
 * Swedish number words, including closed compounds ("tjugofem", "tvåhundra", "trettiotusen").
 * Only whole words are accepted, so "entré" or "tiotal" are not numbers.
 */

const UNITS: ReadonlyMap<string, number> = new Map([
  ['noll', 0], ['en', 1], ['ett', 1], ['två', 2], ['tre', 3], ['fyra', 4], ['fem', 5],
  ['sex', 6], ['sju', 7], ['åtta', 8], ['nio', 9],
]);

const TEENS: ReadonlyMap<string, number> = new Map([
  ['tio', 10], ['elva', 11], ['tolv', 12], ['tretton', 13], ['fjorton', 14], ['femton', 15],
  ['sexton', 16], ['sjutton', 17], ['arton', 18], ['aderton', 18], ['nitton', 19],
]);

const TENS: ReadonlyMap<string, number> = new Map([
  ['tjugo', 20], ['trettio', 30], ['fyrtio', 40], ['femtio', 50], ['sextio', 60],
  ['sjuttio', 70], ['åttio', 80], ['nittio', 90],
]);

/** 1–99 (or 0 for "noll" alone). */
function below100(s: string): number | null {
  const direct = UNITS.get(s) ?? TEENS.get(s) ?? TENS.get(s);
  if (direct !== undefined) return direct;
  for (const [word, tens] of TENS) {
    if (s.startsWith(word)) {
      const unit = UNITS.get(s.slice(word.length));
      // "tjugonoll" is not a number.
      return unit !== undefined && unit > 0 ? tens + unit : null;
    }
  }
  return null;
}

/** 1–999 written as one word; "hundra" alone is 100. */
function below1000(s: string): number | null {
  const at = s.indexOf('hundra');
  if (at < 0) return below100(s);
  const head = s.slice(0, at);
  const tail = s.slice(at + 'hundra'.length);
  const hundreds = head === '' ? 1 : UNITS.get(head);
  if (hundreds === undefined || hundreds === 0) return null;
  if (tail === '') return hundreds * 100;
  const rest = below100(tail);
  return rest === null || rest === 0 ? null : hundreds * 100 + rest;
}

/** Value of a Swedish number word (case-insensitive), or null if the word is not one. */
export function parseNumberWord(word: string): number | null {
  const s = word.trim().toLowerCase();
  if (s === '') return null;
  const at = s.indexOf('tusen');
  if (at < 0) return below1000(s);
  const head = s.slice(0, at);
  const tail = s.slice(at + 'tusen'.length);
  // "ettusen" is the usual spelling of "ett tusen" (one t is dropped).
  const thousands = head === '' ? 1 : head === 'et' ? 1 : below1000(head);
  if (thousands === null || thousands === 0) return null;
  if (tail === '') return thousands * 1000;
  const rest = below1000(tail);
  return rest === null || rest === 0 ? null : thousands * 1000 + rest;
}

/** Every word part a number word is built from, for the lexer's quick shape test. */
export const NUMBER_WORD_PARTS: readonly string[] = [
  ...UNITS.keys(),
  ...TEENS.keys(),
  ...TENS.keys(),
  'hundra',
  'tusen',
];
