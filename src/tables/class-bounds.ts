/**
 * Distribution tables count things by classes of an amount: households by disposable income,
 * employees by monthly pay, properties by assessed value.
 *
 *   Hushåll efter disponibel inkomst (tkr)   0-39 40-79 80-119 120- Samtliga
 *   Löntagare efter månadslön, kr            –19 999 20 000–24 999 25 000–
 *
 * The unit there belongs to the class bounds over the columns; the cells count households. A
 * caption or header that names what it counts ("hushåll", "antal", "löntagare" …) and sets three
 * classes or more side by side, each starting above the one before, so names no unit of the
 * cells. Classes of years ("2019-2020 2021-2022") are periods, and a header that counts nothing
 * ("Kostnad per åldersgrupp (tkr) 0-6 7-15 16-19") keeps its unit.
 */

// A class: "40-79", "80–119", "200-", "–19 999", "20 000–24 999"; a number is up to seven digits, groups of three allowed.
// A high bound takes a group only when no dash follows it: in "0-99 100-199" the 100 opens the next class.
const LOW = String.raw`\d{1,3}(?: \d{3}){0,2}|\d{4,7}`;
const HIGH = String.raw`\d{1,3}(?: \d{3}(?!\s?[-–])){0,2}|\d{4,7}`;
const CLASS = new RegExp(String.raw`(?<![\d,.])(${LOW})?\s?[-–](?:\s?(${HIGH}))?(?![\d,.])`, 'g');
const MIN_CLASSES = 3;
const YEAR = /^(?:19|20)\d{2}$/;
const COUNTED = /\b(?:antal|hushåll|personer|individer|inkomsttagare|löntagare|anställda|företag|fastigheter|lägenheter|elever|barn)\b/i;

const value = (s: string | undefined): number | null => (s === undefined ? null : Number(s.replace(/ /g, '')));

/** True when `text` names what it counts and sets out three or more classes of an amount in rising order. */
export function setsOutClasses(text: string): boolean {
  if (text.length > 2000 || !COUNTED.test(text)) return false;
  let run = 0;
  let last = -Infinity;
  for (const m of text.matchAll(CLASS)) {
    const low = value(m[1]);
    const high = value(m[2]);
    // A bare dash, a range ending lower than it starts, or a period of years is no class of an amount.
    const years = [m[1], m[2]].some((b) => b !== undefined && YEAR.test(b));
    if ((low === null && high === null) || (low !== null && high !== null && high <= low) || years) {
      run = 0;
      last = -Infinity;
      continue;
    }
    const start = low ?? -1;
    if (start > last) {
      run++;
      last = Math.max(start, high ?? start);
    } else {
      run = 1;
      last = Math.max(start, high ?? start);
    }
    if (run >= MIN_CLASSES) return true;
  }
  return false;
}
