/**
 * A header line whose column titles each end in a year, words between them ("Bokslut 2014
 * Budget 2015 Plan 2016", "Tkr Utfall 2013 Budget 2013 Avvikelse"): two or more years, each after
 * a word or after the year before or after it ("Not 2019 2020 Förändring"), and no other figure.
 * Read as figures, its years would look like a row's values.
 */
const YEAR = /^(?:19|20)\d{2}$/;
/** A span of years closing a title ("Period 2019-2022", "Summa 2021–23"): one column, as a year is. */
const SPAN = /^(?:19|20)\d{2}[-–](?:19|20)?\d{2}$/;
const MAX_TOKENS = 16;
const WORD = /^[\p{L}(][\p{L}\p{P}]*$/u;

/**
 * A longer line is a header when one title stands between each year and the next ("Kod 1995
 * (mnkr) 1996 (mnkr) …", "Län Utfall 2019 Utfall 2020 …"): a column a year, as a table of many
 * years prints its titles; up to as many columns as a wide single-spaced table is read in.
 */
const MAX_REPEATED_TOKENS = 52;
function repeatsOneTitle(toks: readonly string[]): boolean {
  const first = toks.findIndex((t) => YEAR.test(t));
  if (first < 1 || toks.length - first < 4) return false;
  const title = toks[first + 1]!;
  return !YEAR.test(title) && toks.slice(first).every((t, k) => (k % 2 === 0 ? YEAR.test(t) : t === title));
}

export function isTitledYearLine(text: string): boolean {
  const toks = text.trim().split(/\s+/);
  // A sentence ("Ökningen mellan 2014 och 2015.") is no header.
  if ((toks.length > MAX_TOKENS && !(toks.length <= MAX_REPEATED_TOKENS && repeatsOneTitle(toks))) || /[.!?:;]$/.test(text.trim())) return false;
  let years = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (YEAR.test(t)) {
      // A year right after the one before it ("Not 2019 2020 Förändring") is a title of its own too.
      const follows = k > 0 && YEAR.test(toks[k - 1]!) && Math.abs(Number(t) - Number(toks[k - 1]!)) === 1;
      if (k === 0 || (!WORD.test(toks[k - 1]!) && !follows)) return false;
      years++;
    } else if (SPAN.test(t) && k > 0 && WORD.test(toks[k - 1]!)) years++;
    else if (!WORD.test(t)) return false;
  }
  return years >= 2;
}

/**
 * The titled year line ends in one more title after its last year ("Not 2019 2020 Förändring",
 * "Utfall 2013 Budget 2013 Avvikelse"): a column of its own, counted with the years.
 */
export function endsInTitleAfterYears(text: string): boolean {
  const toks = text.trim().split(/\s+/);
  return toks.length >= 2 && isTitledYearLine(text) && !YEAR.test(toks[toks.length - 1]!) && YEAR.test(toks[toks.length - 2]!);
}

/** Two years side by side ("2019 2020"): the word before the first names the rows, not that year. */
export function hasYearsSideBySide(text: string): boolean {
  const toks = text.trim().split(/\s+/);
  return toks.some((t, k) => k > 0 && YEAR.test(t) && YEAR.test(toks[k - 1]!));
}

/** The spans of years that close titles of a titled year line ("Period 2019-2022"): columns the years alone do not count. */
export function titledSpans(text: string): number {
  if (!isTitledYearLine(text)) return 0;
  const toks = text.trim().split(/\s+/);
  return toks.filter((t, k) => k > 0 && SPAN.test(t) && WORD.test(toks[k - 1]!)).length;
}

/**
 * A header line whose titles each close with a small number ("Länskod Län Period 1 Period 2 Del 3
 * Kvartal 1", "Del 1 Del 2 Del 3"): two or more numbers of one or two digits, each after a word,
 * and the line ends in one. Its last number would read as a row's one value; a row's label does
 * not run word, number, word, number.
 */
const SMALL = /^[1-9]\d?$/;
const TITLE_WORD = /^\p{L}[\p{L}-]*$/u;
/** One title that numbers its column: a word and a small number ("Period 1", "Del 3"). */
export function isColumnNumberTitle(title: string): boolean {
  const toks = title.split(' ');
  return toks.length === 2 && TITLE_WORD.test(toks[0]!) && SMALL.test(toks[1]!);
}

export function isTitledNumberLine(text: string): boolean {
  const toks = text.trim().split(/\s+/);
  if (toks.length > MAX_REPEATED_TOKENS || !SMALL.test(toks[toks.length - 1]!)) return false;
  let numbers = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (SMALL.test(t)) {
      if (k === 0 || !TITLE_WORD.test(toks[k - 1]!)) return false;
      numbers++;
    } else if (!TITLE_WORD.test(t)) return false;
  }
  return numbers >= 2;
}
